package org.turnaround.web;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class ErrorPagesTests {

	MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
		.setControllerAdvice(new ErrorPages())
		.build();

	@Test
	void anUnexpectedFailureIsA500PageThatCarriesNoExceptionText() throws Exception {
		this.mvc.perform(get("/boom"))
			.andExpect(status().isInternalServerError())
			.andExpect(view().name("error/500"))
			.andExpect(model().attributeDoesNotExist("exception", "message", "trace"));
	}

	@Test
	void aMissingRecordIsA404Page() throws Exception {
		this.mvc.perform(get("/missing")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
	}

	@Test
	void aRefusedChangeIsA403Page() throws Exception {
		this.mvc.perform(get("/forbidden")).andExpect(status().isForbidden()).andExpect(view().name("error/403"));
	}

	@Test
	void aRequestNoPageCouldProduceIsA400Page() throws Exception {
		this.mvc.perform(get("/number/abc")).andExpect(status().isBadRequest()).andExpect(view().name("error/400"));
	}

	@Test
	void springsOwnRefusalsKeepTheirStatus() throws Exception {
		this.mvc.perform(post("/missing")).andExpect(status().isMethodNotAllowed()).andExpect(view().name("error/400"));
	}

	@RestController
	static class FailingController {

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("secret internal detail: connection string and SQL");
		}

		@GetMapping("/missing")
		String missing() {
			throw new RecordNotFoundException("Plan", 42);
		}

		@GetMapping("/forbidden")
		String forbidden() {
			throw new org.springframework.security.access.AccessDeniedException("Not the owner");
		}

		@GetMapping("/number/{id}")
		String number(@org.springframework.web.bind.annotation.PathVariable long id) {
			return "ok";
		}

	}

}
