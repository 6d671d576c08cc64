package org.turnaround.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.turnaround.account.CurrentUser;
import org.turnaround.account.Role;
import org.turnaround.notice.NoticeEditing.NoticeChanged;
import org.turnaround.notice.NoticeEditing.NoticeRefused;
import org.turnaround.notice.NoticeQueries.NoticeDetail;
import org.turnaround.notice.NoticeQueries.RequirementRow;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms a plan manager adds and edits their authority's notices with. Who may use a
 * form is checked before anything about it.
 */
@Controller
class NoticeEditingController {

	private final NoticeQueries notices;

	private final NoticeEditing editing;

	NoticeEditingController(NoticeQueries notices, NoticeEditing editing) {
		this.notices = notices;
		this.editing = editing;
	}

	@GetMapping("/notices/new")
	ModelAndView newForm(@AuthenticationPrincipal CurrentUser user) {
		managedAuthority(user);
		return page(null, List.of(), NoticeForm.empty(), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/notices/new")
	ModelAndView create(@ModelAttribute("form") NoticeForm form, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		long authorityId = managedAuthority(user);
		if (!form.existingTexts().isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A new notice has no existing requirements");
		}
		var problems = form.problems(false);
		if (!problems.isEmpty()) {
			return page(null, List.of(), form, problems, null, HttpStatus.OK);
		}
		long created;
		try {
			created = this.editing.create(authorityId, form);
		}
		catch (NoticeRefused refusal) {
			return page(null, List.of(), form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		redirect.addFlashAttribute("success", "Notice added");
		return new ModelAndView("redirect:/notices/" + created);
	}

	@GetMapping("/notices/{id}/edit")
	ModelAndView editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var detail = managed(id, user);
		return page(detail, this.notices.requirements(id), this.editing.form(id), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/notices/{id}/edit")
	ModelAndView edit(@PathVariable long id, @ModelAttribute("form") NoticeForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var detail = managed(id, user);
		var requirements = this.notices.requirements(id);
		long current = this.editing.form(id).version();
		// The page always carries the version it was shown with and one text for each
		// requirement: no form produced anything else.
		if (form.version() == null || form.version() > current) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or impossible version");
		}
		if (form.version() < current) {
			return conflict(id, form);
		}
		if (form.existingTexts().size() != requirements.size()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "One text for each requirement");
		}
		var problems = form.problems(true);
		if (!problems.isEmpty()) {
			return page(detail, requirements, form, problems, null, HttpStatus.OK);
		}
		try {
			this.editing.edit(id, form.version(), form);
		}
		catch (NoticeRefused refusal) {
			return page(detail, requirements, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		catch (NoticeChanged | ObjectOptimisticLockingFailureException ex) {
			return conflict(id, form);
		}
		redirect.addFlashAttribute("success", "Notice saved");
		return new ModelAndView("redirect:/notices/" + id);
	}

	/** The authority a plan manager adds notices to; nobody else adds them. */
	private static long managedAuthority(CurrentUser user) {
		if (user.role() != Role.PLAN_MANAGER || user.authorityId() == null) {
			throw new AccessDeniedException("Only a plan manager adds notices, to their own authority");
		}
		return user.authorityId();
	}

	private NoticeDetail managed(long id, CurrentUser user) {
		// Another authority's notice is "not found": its existence is not revealed.
		var detail = this.notices.detail(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Notice", id));
		if (!user.managesPlansOf(detail.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the notice's authority may change it");
		}
		return detail;
	}

	/**
	 * Someone saved the notice after this person loaded it: show what it says now and
	 * keep this person's input, against the new version so they can save it again.
	 */
	private ModelAndView conflict(long id, NoticeForm form) {
		var current = this.notices.detail(id).orElseThrow();
		var requirements = this.notices.requirements(id);
		var latest = this.editing.form(id);
		var kept = form.against(latest.version());
		if (kept.existingTexts().size() != requirements.size()) {
			// Someone added requirements meanwhile: keep what this person typed for the
			// ones
			// they saw, and show the new ones as they are now.
			var texts = new ArrayList<>(latest.existing());
			for (int i = 0; i < Math.min(texts.size(), form.existingTexts().size()); i++) {
				texts.set(i, form.existingTexts().get(i));
			}
			kept = new NoticeForm(kept.title(), kept.kind(), kept.trigger(), kept.triggerDetail(), kept.issuedDay(),
					kept.issuedMonth(), kept.issuedYear(), kept.reviewIntervalMonths(), kept.nextReviewDay(),
					kept.nextReviewMonth(), kept.nextReviewYear(), kept.adviserName(), kept.adviserRole(),
					kept.adviserAppointedDay(), kept.adviserAppointedMonth(), kept.adviserAppointedYear(),
					kept.summary(), texts, kept.requirements(), kept.version());
		}
		return page(current, requirements, kept, Map.of(), current, HttpStatus.CONFLICT);
	}

	private ModelAndView page(NoticeDetail detail, List<RequirementRow> requirements, NoticeForm form,
			Map<String, String> problems, NoticeDetail conflict, HttpStatus status) {
		var page = new ModelAndView("notices/form", status);
		page.addObject("detail", detail);
		page.addObject("requirements", requirements);
		page.addObject("form", form);
		page.addObject("problems", problems);
		page.addObject("conflict", conflict);
		page.addObject("kinds", NoticeKind.values());
		page.addObject("triggers", NoticeTrigger.values());
		return page;
	}

}
