package org.turnaround.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each browser test a {@link Page} (and its {@link BrowserSession}) on the app
 * started by Spring on a random port. The browser is launched once per test run and
 * closed when the run ends; each test's context is closed after the test.
 */
class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		var availability = BrowserAvailability.onThisMachine();
		// Before Spring starts the app: a skipped class should cost nothing.
		availability.check();
		context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(SharedBrowser.class, (key) -> SharedBrowser.launch(availability.executable()),
					SharedBrowser.class);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		var browser = context.getRoot().getStore(NAMESPACE).get(SharedBrowser.class, SharedBrowser.class);
		var port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port", Integer.class);
		var session = new BrowserSession(browser.newContext("http://localhost:" + port),
				context.getRequiredTestClass());
		// Stored in the test's own store, so JUnit closes it when the test ends.
		context.getStore(NAMESPACE).put(BrowserSession.class, session);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		var type = parameter.getParameter().getType();
		return type == Page.class || type == BrowserSession.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		var session = context.getStore(NAMESPACE).get(BrowserSession.class, BrowserSession.class);
		return (parameter.getParameter().getType() == Page.class) ? session.page() : session;
	}

}
