package org.turnaround.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place that turns failures into pages: a missing record is a 404 page, a request
 * no page could produce is a 400, a database that cannot be reached is a 503 (the service
 * comes back by itself when the database does), and anything else a 500 page. No page
 * ever shows exception text or a stack trace; the log keeps them.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final DatabaseUnavailable databaseUnavailable;

	ErrorPages(DatabaseUnavailable databaseUnavailable) {
		this.databaseUnavailable = databaseUnavailable;
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND);
	}

	/** Signed in, may read the record, but may not do this to it. */
	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden() {
		return page(HttpStatus.FORBIDDEN);
	}

	@ExceptionHandler(TypeMismatchException.class)
	ModelAndView badRequest() {
		return page(HttpStatus.BAD_REQUEST);
	}

	/**
	 * A request larger than the server takes (an evidence file over 10 MB that got past
	 * the form's own check): a refusal, not a failure.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge() {
		return page(HttpStatus.BAD_REQUEST).addObject("tooLarge", true);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) {
		// The database is down or unreachable: an outage, not a fault. Hikari's
		// connection-timeout bounds how long a request waits before it gets here.
		if (this.databaseUnavailable.explains(ex)) {
			log.warn("Database unavailable while serving a page: {}", ex.toString());
			return page(HttpStatus.SERVICE_UNAVAILABLE);
		}
		if (ex instanceof ErrorResponse response) {
			// Spring MVC's own refusals (unknown URL, wrong method, missing parameter)
			// carry their status.
			return page(response.getStatusCode());
		}
		log.error("Unexpected error serving a page", ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	static ModelAndView page(HttpStatusCode status) {
		String view = switch (status.value()) {
			case 404 -> "error/404";
			case 403 -> "error/403";
			case 503 -> "error/503";
			default -> status.is4xxClientError() ? "error/400" : "error/500";
		};
		var page = new ModelAndView(view, status);
		page.addObject("status", status.value());
		return page;
	}

}
