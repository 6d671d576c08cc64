package org.turnaround.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.turnaround.support.PlanFixture;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that drives the installed Chromium against the whole app on a random port, on
 * its own embedded PostgreSQL. Test methods take a {@link com.microsoft.playwright.Page}
 * and a {@link BrowserSession}. The server answers on other threads, so test data must be
 * committed (a {@code TransactionTemplate}), not left in a rolled-back test transaction;
 * give it names no other browser test uses, as all browser tests share one database.
 * <p>
 * The database gets its own data directory: this is a different application context from
 * the {@code IntegrationTest} one, and two embedded servers wiping one directory at start
 * would destroy each other's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "turnaround.standalone.data-directory=target/test-postgres-browser")
@ActiveProfiles("test")
@Import(PlanFixture.class)
@ExtendWith(BrowserExtension.class)
@interface BrowserTest {

}
