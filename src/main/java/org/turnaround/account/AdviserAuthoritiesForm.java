package org.turnaround.account;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The authorities an adviser is assigned to; no box ticked sends no values at all.
 */
record AdviserAuthoritiesForm(List<Long> authorityIds, Long version) {

	AdviserAuthoritiesForm {
		authorityIds = (authorityIds != null) ? authorityIds.stream().filter((id) -> id != null).toList() : List.of();
	}

	Set<Long> ids() {
		return new LinkedHashSet<>(this.authorityIds);
	}

	public boolean includes(long authorityId) {
		return this.authorityIds.contains(authorityId);
	}

}
