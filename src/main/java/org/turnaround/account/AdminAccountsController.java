package org.turnaround.account;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;

import org.turnaround.web.RecordNotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account management for admins. The filter chain already keeps everyone else out of
 * {@code /admin}; the annotation keeps them out should a route ever slip past it.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AdminAccountsController {

	private static final List<String> NEW_ACCOUNT_FIELDS = List.of("username", "displayName", "jobTitle", "email",
			"role", "authorityId", "password", "confirmPassword");

	private static final String CHOOSE_AUTHORITIES = "Choose authorities from the list";

	private static final String MISMATCH = "The two passwords do not match: enter the same password in both boxes";

	private final AccountQueries queries;

	private final AccountAdministration administration;

	private final PasswordPolicy passwordPolicy;

	AdminAccountsController(AccountQueries queries, AccountAdministration administration,
			PasswordPolicy passwordPolicy) {
		this.queries = queries;
		this.administration = administration;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.queries.all());
		return "admin/users/list";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		return newAccountPage(model, NewAccountForm.empty(), FormProblems.none());
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.role() != null && form.role().belongsToOneAuthority() && form.authorityId() == null
				&& !result.hasFieldErrors("authorityId")) {
			result.rejectValue("authorityId", "required", "Choose the authority this person belongs to");
		}
		if (!result.hasFieldErrors("username") && form.username() != null
				&& this.administration.isUsernameTaken(form.username())) {
			result.rejectValue("username", "taken", "An account with this username already exists");
		}
		this.passwordPolicy.problemWith(form.password(), form.username())
			.ifPresentOrElse((problem) -> result.rejectValue("password", "policy", problem), () -> {
				if (!Objects.equals(form.password(), form.confirmPassword())) {
					result.rejectValue("confirmPassword", "mismatch", MISMATCH);
				}
			});
		if (!result.hasErrors()) {
			try {
				long id = this.administration.create(form.toNewAccount(), user);
				redirect.addFlashAttribute("success",
						"Account created for " + form.displayName() + " (" + form.username() + ")");
				return "redirect:/admin/users/" + id;
			}
			catch (AccountChangeRefused refusal) {
				FormProblems.reject(result, refusal);
			}
			catch (DataIntegrityViolationException ex) {
				// Someone created the same username between the check and the insert.
				result.rejectValue("username", "taken", "An account with this username already exists");
			}
		}
		return newAccountPage(model, form, FormProblems.of(result, NEW_ACCOUNT_FIELDS, "account-form"));
	}

	private String newAccountPage(Model model, NewAccountForm form, Map<String, String> problems) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("roles", Role.values());
		model.addAttribute("authorities", this.queries.authorities());
		return "admin/users/new";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return accountPage(id, user, model, FormProblems.none(), null, null);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @ModelAttribute("statusForm") VersionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			this.administration.deactivate(id, form.version(), user);
		}
		catch (AccountChangeRefused refusal) {
			return refused(id, user, model, "status", refusal.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			return refused(id, user, model, "status", AccountChangeRefused.STALE);
		}
		redirect.addFlashAttribute("success",
				"Account deactivated: this person is signed out and can no longer sign in");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, @ModelAttribute("statusForm") VersionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			this.administration.reactivate(id, form.version(), user);
		}
		catch (AccountChangeRefused refusal) {
			return refused(id, user, model, "status", refusal.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			return refused(id, user, model, "status", AccountChangeRefused.STALE);
		}
		redirect.addFlashAttribute("success", "Account reactivated: this person can sign in again");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String setPassword(@PathVariable long id, @ModelAttribute("passwordForm") PasswordResetForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var account = this.queries.detail(id).orElseThrow(() -> new RecordNotFoundException("Account", id));
		this.passwordPolicy.problemWith(form.newPassword(), account.username())
			.ifPresentOrElse((problem) -> result.rejectValue("newPassword", "policy", problem), () -> {
				if (!Objects.equals(form.newPassword(), form.confirmPassword())) {
					result.rejectValue("confirmPassword", "mismatch", MISMATCH);
				}
			});
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")) {
			try {
				this.administration.setPassword(id, form.version(), form.newPassword(), user);
				redirect.addFlashAttribute("success", "New password set. Give it to " + account.displayName()
						+ " in a safe way. If the account was locked, it is unlocked.");
				return "redirect:/admin/users/" + id;
			}
			catch (AccountChangeRefused refusal) {
				if (refusal.field() == null) {
					return refused(id, user, model, "password-reset", refusal.getMessage());
				}
				FormProblems.reject(result, refusal);
			}
			catch (OptimisticLockingFailureException ex) {
				return refused(id, user, model, "password-reset", AccountChangeRefused.STALE);
			}
		}
		var problems = FormProblems.of(result, List.of("newPassword", "confirmPassword"), "password-reset");
		return accountPage(id, user, model, problems, form, null);
	}

	@PostMapping("/{id}/authorities")
	String assignAuthorities(@PathVariable long id, @ModelAttribute("authoritiesForm") AdviserAuthoritiesForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasFieldErrors("authorityIds")) {
			return accountPage(id, user, model, Map.of("authorityIds", CHOOSE_AUTHORITIES), null, null);
		}
		try {
			this.administration.assignAuthorities(id, form.version(), form.ids(), user);
		}
		catch (AccountChangeRefused refusal) {
			if (refusal.field() != null) {
				return accountPage(id, user, model, Map.of(refusal.field(), refusal.getMessage()), null, form);
			}
			return refused(id, user, model, "authorities", refusal.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			return refused(id, user, model, "authorities", AccountChangeRefused.STALE);
		}
		redirect.addFlashAttribute("success", "Assigned authorities saved");
		return "redirect:/admin/users/" + id;
	}

	/**
	 * The account page as it is now, with a problem with a whole form: after a conflict
	 * the forms carry the current version, so the admin can look again and retry.
	 */
	private String refused(long id, CurrentUser user, Model model, String anchor, String message) {
		return accountPage(id, user, model, Map.of(anchor, message), null, null);
	}

	/**
	 * @param keptPassword the password form as posted, when it had problems of its own
	 * @param keptAuthorities the authorities form as posted, when it had problems of its
	 * own
	 */
	private String accountPage(long id, CurrentUser user, Model model, Map<String, String> problems,
			PasswordResetForm keptPassword, AdviserAuthoritiesForm keptAuthorities) {
		var account = this.queries.detail(id).orElseThrow(() -> new RecordNotFoundException("Account", id));
		model.addAttribute("account", account);
		model.addAttribute("self", account.id() == user.accountId());
		model.addAttribute("problems", problems);
		model.addAttribute("statusForm", new VersionForm(account.version()));
		model.addAttribute("passwordForm",
				(keptPassword != null) ? keptPassword : PasswordResetForm.fresh(account.version()));
		model.addAttribute("authoritiesForm", (keptAuthorities != null) ? keptAuthorities
				: new AdviserAuthoritiesForm(account.assignedAuthorityIds(), account.version()));
		if (account.isAdviser()) {
			model.addAttribute("authorities", this.queries.authorities());
		}
		return "admin/users/show";
	}

}
