package org.turnaround.notice;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.turnaround.web.DateInput;

import org.springframework.util.StringUtils;

/**
 * The notice form as posted. Every field arrives as text so that a date like "31 2" or an
 * interval of "six" becomes a message on the field rather than a failed binding.
 *
 * @param existing on the edit form only: the text of requirements 1 to n, in order, as
 * edited; their numbers never change
 * @param requirements new requirements, one per line, numbered after the existing ones
 */
record NoticeForm(String title, String kind, String trigger, String triggerDetail, String issuedDay, String issuedMonth,
		String issuedYear, String reviewIntervalMonths, String nextReviewDay, String nextReviewMonth,
		String nextReviewYear, String adviserName, String adviserRole, String adviserAppointedDay,
		String adviserAppointedMonth, String adviserAppointedYear, String summary, List<String> existing,
		String requirements, Long version) {

	static final int MAX_TRIGGER_DETAIL_LENGTH = 1000;

	static final int MAX_ADVISER_LENGTH = 200;

	static final int MAX_SUMMARY_LENGTH = 20000;

	/** An empty form for a new notice. */
	static NoticeForm empty() {
		return new NoticeForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, List.of(), null, null);
	}

	/** The form as first shown for a notice: what it says now. */
	static NoticeForm of(ImprovementNotice notice) {
		var issued = notice.getIssuedOn();
		var next = notice.getNextReviewOn();
		var appointed = notice.getAdviserAppointedOn();
		return new NoticeForm(notice.getTitle(), notice.getKind().name(), notice.getTrigger().name(),
				notice.getTriggerDetail(), DateInput.day(issued), DateInput.month(issued), DateInput.year(issued),
				(notice.getReviewIntervalMonths() != null) ? notice.getReviewIntervalMonths().toString() : null,
				DateInput.day(next), DateInput.month(next), DateInput.year(next), notice.getAdviserName(),
				notice.getAdviserRole(), DateInput.day(appointed), DateInput.month(appointed),
				DateInput.year(appointed), notice.getSummary(),
				notice.getRequirements().stream().map(Requirement::getText).toList(), null, notice.getVersion());
	}

	/**
	 * The same input against a newer version, for someone to re-apply after a conflict.
	 */
	NoticeForm against(long newVersion) {
		return new NoticeForm(this.title, this.kind, this.trigger, this.triggerDetail, this.issuedDay, this.issuedMonth,
				this.issuedYear, this.reviewIntervalMonths, this.nextReviewDay, this.nextReviewMonth,
				this.nextReviewYear, this.adviserName, this.adviserRole, this.adviserAppointedDay,
				this.adviserAppointedMonth, this.adviserAppointedYear, this.summary, this.existing, this.requirements,
				newVersion);
	}

	/**
	 * What is wrong with the input on its own, keyed by field id in page order.
	 * @param editing whether this is the edit form, where the notice already has
	 * requirements and needs no new ones
	 */
	Map<String, String> problems(boolean editing) {
		var problems = new LinkedHashMap<String, String>();
		if (!StringUtils.hasText(this.title)) {
			problems.put("title", "Enter a title for the notice");
		}
		else if (this.title.strip().length() > ImprovementNotice.MAX_TITLE_LENGTH) {
			problems.put("title", "The title must be " + ImprovementNotice.MAX_TITLE_LENGTH + " characters or fewer");
		}
		if (kindValue().isEmpty()) {
			problems.put("kind", "Choose what kind of notice this is");
		}
		if (triggerValue().isEmpty()) {
			problems.put("trigger", "Choose what led to the notice");
		}
		if (this.triggerDetail != null && this.triggerDetail.strip().length() > MAX_TRIGGER_DETAIL_LENGTH) {
			problems.put("triggerDetail", "The detail of what led to it must be 1,000 characters or fewer");
		}
		if (!DateInput.given(this.issuedDay, this.issuedMonth, this.issuedYear)) {
			problems.put("issuedDay", "Enter the date the notice was issued");
		}
		else if (issuedOn().isEmpty()) {
			problems.put("issuedDay", "The date issued must be a real date, like 31 3 2027");
		}
		if (!StringUtils.hasText(this.reviewIntervalMonths)) {
			problems.put("reviewIntervalMonths", "Enter how many months there are between reviews");
		}
		else if (interval().isEmpty()) {
			problems.put("reviewIntervalMonths", "The review interval must be a whole number of months from 1 to 36");
		}
		if (DateInput.given(this.nextReviewDay, this.nextReviewMonth, this.nextReviewYear)) {
			if (nextReviewOn().isEmpty()) {
				problems.put("nextReviewDay", "The next review must be a real date, like 31 3 2027");
			}
			else if (issuedOn().isPresent() && nextReviewOn().get().isBefore(issuedOn().get())) {
				problems.put("nextReviewDay", "The next review cannot be before the notice was issued");
			}
		}
		boolean adviserGiven = StringUtils.hasText(this.adviserRole)
				|| DateInput.given(this.adviserAppointedDay, this.adviserAppointedMonth, this.adviserAppointedYear);
		if (!StringUtils.hasText(this.adviserName) && adviserGiven) {
			problems.put("adviserName", "Enter the adviser's name, or leave their role and date empty");
		}
		else if (this.adviserName != null && this.adviserName.strip().length() > MAX_ADVISER_LENGTH) {
			problems.put("adviserName", "The adviser's name must be 200 characters or fewer");
		}
		if (this.adviserRole != null && this.adviserRole.strip().length() > MAX_ADVISER_LENGTH) {
			problems.put("adviserRole", "The adviser's role must be 200 characters or fewer");
		}
		if (DateInput.given(this.adviserAppointedDay, this.adviserAppointedMonth, this.adviserAppointedYear)
				&& adviserAppointedOn().isEmpty()) {
			problems.put("adviserAppointedDay", "The date appointed must be a real date, like 31 3 2027");
		}
		if (this.summary != null && this.summary.length() > MAX_SUMMARY_LENGTH) {
			problems.put("summary", "The summary must be 20,000 characters or fewer");
		}
		var existing = existingTexts();
		for (int i = 0; i < existing.size(); i++) {
			String text = existing.get(i);
			if (!StringUtils.hasText(text)) {
				problems.put("requirement-" + (i + 1), "Requirement " + (i + 1) + " needs its text");
			}
			else if (text.strip().length() > Requirement.MAX_TEXT_LENGTH) {
				problems.put("requirement-" + (i + 1), "Requirement " + (i + 1) + " must be 2,000 characters or fewer");
			}
		}
		var added = newRequirements();
		if (!editing && added.isEmpty()) {
			problems.put("requirements", "Enter the notice's requirements, one on each line");
		}
		else if (added.stream().anyMatch((text) -> text.length() > Requirement.MAX_TEXT_LENGTH)) {
			problems.put("requirements", "Each requirement must be 2,000 characters or fewer");
		}
		return problems;
	}

	Optional<NoticeKind> kindValue() {
		return Arrays.stream(NoticeKind.values()).filter((candidate) -> candidate.name().equals(this.kind)).findFirst();
	}

	Optional<NoticeTrigger> triggerValue() {
		return Arrays.stream(NoticeTrigger.values())
			.filter((candidate) -> candidate.name().equals(this.trigger))
			.findFirst();
	}

	Optional<Integer> interval() {
		try {
			int months = Integer.parseInt(this.reviewIntervalMonths.strip());
			return (months >= 1 && months <= 36) ? Optional.of(months) : Optional.empty();
		}
		catch (NullPointerException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	Optional<LocalDate> issuedOn() {
		return DateInput.parse(this.issuedDay, this.issuedMonth, this.issuedYear);
	}

	Optional<LocalDate> nextReviewOn() {
		return DateInput.parse(this.nextReviewDay, this.nextReviewMonth, this.nextReviewYear);
	}

	Optional<LocalDate> adviserAppointedOn() {
		return DateInput.parse(this.adviserAppointedDay, this.adviserAppointedMonth, this.adviserAppointedYear);
	}

	List<String> existingTexts() {
		return (this.existing != null) ? this.existing : List.of();
	}

	/** The new requirements: each line with text on it, in order. */
	List<String> newRequirements() {
		if (this.requirements == null) {
			return List.of();
		}
		return this.requirements.lines().map(String::strip).filter(StringUtils::hasText).toList();
	}

	/** The existing requirement's text as posted, for the page to show again. */
	public String existingText(int number) {
		var texts = existingTexts();
		return (number >= 1 && number <= texts.size()) ? texts.get(number - 1) : null;
	}

	static String blankToNull(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

}
