package org.turnaround.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.turnaround.audit.AuditActor;
import org.turnaround.audit.AuditActors;
import org.turnaround.web.DatabaseUnavailable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Deny unless allowed: everything needs a signed-in person except the sign-in page,
 * static files, error pages and the health check; account management and the rest of the
 * actuator need an admin. Record-level rules (authority scoping, ownership) are checked
 * where records are read and written.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Scripts and styles come only from our own origin, so a script injected into a page
	 * cannot run; pages may not be framed.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions,
			DatabaseUnavailable databaseUnavailable) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/assets/**", "/webjars/**", "/error", "/actuator/health", "/actuator/health/**",
					"/actuator/info")
			.permitAll()
			.requestMatchers("/actuator/**", "/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.failureHandler(signInFailures(databaseUnavailable))
				.defaultSuccessUrl("/", true))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			// Any number of sessions per person, but known, so a deactivation can end
			// them.
			.sessionManagement(
					(session) -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?signedOut"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/**
	 * A wrong password goes back to the sign-in page; a database that cannot be reached
	 * is the outage page, not "wrong username or password".
	 */
	private static AuthenticationFailureHandler signInFailures(DatabaseUnavailable databaseUnavailable) {
		var refused = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, exception) -> {
			if (databaseUnavailable.explains(exception)) {
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			}
			else {
				refused.onAuthenticationFailure(request, response, exception);
			}
		};
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when sessions end or change id, so it does not grow. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/** Every change in the audit trail names the signed-in person who made it. */
	@Bean
	InitializingBean auditActorsFromSignIn() {
		return () -> AuditActors.use(() -> Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
			.filter((authentication) -> authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken))
			.map((authentication) -> (authentication.getPrincipal() instanceof AuditActor actor) ? actor
					: AuditActor.named(authentication.getName())));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
