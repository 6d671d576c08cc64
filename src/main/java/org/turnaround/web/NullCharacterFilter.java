package org.turnaround.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the NUL character (U+0000) out of every request parameter before anything reads
 * it. PostgreSQL's text cannot hold it, so a title or a user name carrying one would fail
 * its statement with a server error; nobody types it, and text pasted from another
 * program that carries one stray loses nothing a reader could see. Runs before Spring
 * Security so that the sign-in form is covered too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class NullCharacterFilter extends OncePerRequestFilter {

	private static final String NUL = "\u0000";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean carriesNul = request.getParameterMap()
			.values()
			.stream()
			.flatMap(Arrays::stream)
			.anyMatch((value) -> value != null && value.contains(NUL));
		chain.doFilter(carriesNul ? new WithoutNul(request) : request, response);
	}

	static String clean(String value) {
		return (value != null) ? value.replace(NUL, "") : null;
	}

	private static final class WithoutNul extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		WithoutNul(HttpServletRequest request) {
			super(request);
			var parameters = new LinkedHashMap<String, String[]>();
			request.getParameterMap()
				.forEach((name, values) -> parameters.put(name,
						Arrays.stream(values).map(NullCharacterFilter::clean).toArray(String[]::new)));
			this.parameters = Collections.unmodifiableMap(parameters);
		}

		@Override
		public String getParameter(String name) {
			var values = this.parameters.get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			var values = this.parameters.get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

	}

}
