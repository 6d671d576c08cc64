package org.turnaround.account;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Anyone signed in changes their own password here.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private static final List<String> FIELDS = List.of("currentPassword", "newPassword", "confirmPassword");

	private final PasswordChanges passwords;

	private final PasswordPolicy policy;

	PasswordController(PasswordChanges passwords, PasswordPolicy policy) {
		this.passwords = passwords;
		this.policy = policy;
	}

	@GetMapping
	String form(Model model) {
		return page(model, ChangePasswordForm.empty(), FormProblems.none());
	}

	@PostMapping
	String change(@ModelAttribute("form") ChangePasswordForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "required", "Enter your current password");
		}
		this.policy.problemWith(form.newPassword(), user.getUsername())
			.ifPresentOrElse((problem) -> result.rejectValue("newPassword", "policy", problem), () -> {
				if (!Objects.equals(form.newPassword(), form.confirmPassword())) {
					result.rejectValue("confirmPassword", "mismatch",
							"The two new passwords do not match: enter the same password in both boxes");
				}
			});
		if (!result.hasErrors()) {
			try {
				this.passwords.changeOwn(user.accountId(), form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("success", "Your password has been changed");
				return "redirect:/account/password";
			}
			catch (AccountChangeRefused refusal) {
				FormProblems.reject(result, refusal);
			}
		}
		return page(model, form, FormProblems.of(result, FIELDS, "password-form"));
	}

	private String page(Model model, ChangePasswordForm form, Map<String, String> problems) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "account/password";
	}

}
