package org.turnaround.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Wraps the application's data source so tests can count the SQL statements a request
 * costs, whether they come from Hibernate or from JdbcClient. Counting is per thread, and
 * MockMvc serves a request on the test's own thread.
 */
@TestComponent
public class SqlStatementCounter implements BeanPostProcessor {

	private static final String NAME = "counted";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).name(NAME).countQuery().build();
		}
		return bean;
	}

	public void reset() {
		QueryCountHolder.clear();
	}

	public long count() {
		var count = QueryCountHolder.get(NAME);
		return (count != null) ? count.getTotal() : 0;
	}

}
