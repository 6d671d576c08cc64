package org.turnaround.partnership;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.turnaround.web.CheckedIds;
import org.turnaround.web.DateInput;

import org.springframework.util.StringUtils;

/**
 * The partnership form as posted. Every field arrives as text, so a date like "31 2" or a
 * tampered id becomes a message on its field rather than a failed binding.
 *
 * @param partnerAuthority the id of the partner's authority in Turnaround, empty for none
 * @param leads the ids of the actions the partner leads, as checked
 * @param supports the ids of the actions the partner supports, as checked
 */
record PartnershipForm(String partnerName, String partnerKind, String partnerAuthority, String role, String startsDay,
		String startsMonth, String startsYear, String endsDay, String endsMonth, String endsYear, List<String> leads,
		List<String> supports, Long version) {

	static PartnershipForm empty() {
		return new PartnershipForm(null, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
				null);
	}

	static PartnershipForm of(Partnership partnership, Set<Long> leads) {
		var starts = partnership.getStartsOn();
		var ends = partnership.getEndsOn();
		return new PartnershipForm(partnership.getPartnerName(), partnership.getPartnerKind().name(),
				(partnership.getPartnerAuthorityId() != null) ? partnership.getPartnerAuthorityId().toString() : "",
				partnership.getRole(), DateInput.day(starts), DateInput.month(starts), DateInput.year(starts),
				DateInput.day(ends), DateInput.month(ends), DateInput.year(ends),
				leads.stream().map(String::valueOf).toList(),
				partnership.getSupportedActionIds().stream().map(String::valueOf).toList(), partnership.getVersion());
	}

	PartnershipForm against(long newVersion) {
		return new PartnershipForm(this.partnerName, this.partnerKind, this.partnerAuthority, this.role, this.startsDay,
				this.startsMonth, this.startsYear, this.endsDay, this.endsMonth, this.endsYear, this.leads,
				this.supports, newVersion);
	}

	/**
	 * What is wrong with the input on its own, keyed by field id in page order.
	 * @param ownAuthorityId the authority the partnership belongs to
	 * @param authorities the ids of the authorities a partner can be
	 * @param actions the ids of the actions a partner can lead or support
	 */
	Map<String, String> problems(long ownAuthorityId, Set<Long> authorities, Set<Long> actions) {
		var problems = new LinkedHashMap<String, String>();
		if (!StringUtils.hasText(this.partnerName)) {
			problems.put("partnerName", "Enter the partner's name");
		}
		else if (this.partnerName.strip().length() > 200) {
			problems.put("partnerName", "The partner's name must be 200 characters or fewer");
		}
		if (kind().isEmpty()) {
			problems.put("partnerKind", "Choose what kind of organisation the partner is");
		}
		var authority = partnerAuthorityId();
		if (authority.isEmpty()) {
			problems.put("partnerAuthority", "Choose an authority from the list, or None");
		}
		else if (authority.get().isPresent()) {
			long chosen = authority.get().get();
			if (chosen == ownAuthorityId) {
				problems.put("partnerAuthority", "An authority cannot be its own partner");
			}
			else if (!authorities.contains(chosen)) {
				problems.put("partnerAuthority", "Choose an authority from the list, or None");
			}
			else if (kind().isPresent() && kind().get() != PartnerKind.LOCAL_AUTHORITY) {
				problems.put("partnerAuthority",
						"Only a local authority partner can be one of Turnaround's authorities");
			}
		}
		if (this.role != null && this.role.strip().length() > 1000) {
			problems.put("role", "The role must be 1,000 characters or fewer");
		}
		if (!DateInput.given(this.startsDay, this.startsMonth, this.startsYear)) {
			problems.put("startsDay", "Enter the date the partnership started");
		}
		else if (startsOn().isEmpty()) {
			problems.put("startsDay", "The start date must be a real date, like 1 9 2025");
		}
		if (DateInput.given(this.endsDay, this.endsMonth, this.endsYear)) {
			if (endsOn().isEmpty()) {
				problems.put("endsDay", "The end date must be a real date, like 31 8 2027");
			}
			else if (startsOn().isPresent() && endsOn().get().isBefore(startsOn().get())) {
				problems.put("endsDay", "The partnership cannot end before it starts");
			}
		}
		var led = leadIds();
		if (led.map((ids) -> !actions.containsAll(ids)).orElse(true)) {
			problems.put("leads", "Choose actions from the list");
		}
		var supported = supportIds();
		if (supported.map((ids) -> !actions.containsAll(ids)).orElse(true)) {
			problems.put("supports", "Choose actions from the list");
		}
		else if (led.isPresent()) {
			var both = new HashSet<>(led.get());
			both.retainAll(supported.get());
			if (!both.isEmpty()) {
				problems.put("supports", "An action the partner leads cannot also be one it supports: untick one");
			}
		}
		return problems;
	}

	Optional<PartnerKind> kind() {
		for (var candidate : PartnerKind.values()) {
			if (candidate.name().equals(this.partnerKind)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/**
	 * The partner authority chosen (empty inside for None), or empty if it is not an id.
	 */
	Optional<Optional<Long>> partnerAuthorityId() {
		if (!StringUtils.hasText(this.partnerAuthority)) {
			return Optional.of(Optional.empty());
		}
		try {
			return Optional.of(Optional.of(Long.valueOf(this.partnerAuthority.strip())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	Optional<LocalDate> startsOn() {
		return DateInput.parse(this.startsDay, this.startsMonth, this.startsYear);
	}

	/** Empty when no end date was given, or one that is not a date. */
	Optional<LocalDate> endsOn() {
		return DateInput.parse(this.endsDay, this.endsMonth, this.endsYear);
	}

	Optional<Set<Long>> leadIds() {
		return CheckedIds.parse(this.leads);
	}

	Optional<Set<Long>> supportIds() {
		return CheckedIds.parse(this.supports);
	}

}
