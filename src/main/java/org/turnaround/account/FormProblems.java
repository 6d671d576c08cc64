package org.turnaround.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's problems as its page shows them: one message per field, in the order the
 * fields appear on the page, each keyed by the id of the field the error summary links
 * to. A problem with the whole form is keyed by the anchor of the form itself.
 */
final class FormProblems {

	private FormProblems() {
	}

	static Map<String, String> none() {
		return Collections.emptyMap();
	}

	/**
	 * @param fields the form's fields in page order; each field's input has that id
	 * @param formAnchor where a problem with the whole form links to
	 */
	static Map<String, String> of(BindingResult result, List<String> fields, String formAnchor) {
		var problems = new LinkedHashMap<String, String>();
		result.getGlobalErrors().forEach((error) -> problems.putIfAbsent(formAnchor, error.getDefaultMessage()));
		for (String field : fields) {
			FieldError error = result.getFieldError(field);
			if (error != null) {
				problems.put(field, error.isBindingFailure() ? "Enter a valid value" : error.getDefaultMessage());
			}
		}
		return problems;
	}

	/** Records a refusal from the rules on the form it came from. */
	static void reject(BindingResult result, AccountChangeRefused refusal) {
		if (refusal.field() != null) {
			result.rejectValue(refusal.field(), "refused", refusal.getMessage());
		}
		else {
			result.reject("refused", refusal.getMessage());
		}
	}

}
