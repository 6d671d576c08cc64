package org.turnaround.partnership;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import org.turnaround.audit.HistoryLabel;
import org.turnaround.audit.Reference;

/**
 * A partner council or agency supporting an authority's improvement, such as an
 * outstanding council appointed as sector-led improvement partner.
 */
@Audited
@Entity
@Table(name = "partnership")
public class Partnership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "authority_id", nullable = false, updatable = false)
	private Long authorityId;

	@Column(name = "partner_name", nullable = false, length = 200)
	@HistoryLabel("Partner")
	private String partnerName;

	@Enumerated(EnumType.STRING)
	@Column(name = "partner_kind", nullable = false, length = 30)
	@HistoryLabel("Kind of partner")
	private PartnerKind partnerKind;

	@Column(name = "partner_authority_id")
	@HistoryLabel(value = "Partner authority", refersTo = Reference.AUTHORITY)
	private Long partnerAuthorityId;

	@Column(name = "role", length = 1000)
	@HistoryLabel("Role")
	private String role;

	@Column(name = "starts_on", nullable = false)
	@HistoryLabel("Start date")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	@HistoryLabel("End date")
	private LocalDate endsOn;

	// The actions it leads are the actions' own business (action.lead_partnership_id).
	@ElementCollection
	@CollectionTable(name = "partnership_supported_action", joinColumns = @JoinColumn(name = "partnership_id"))
	@Column(name = "action_id", nullable = false)
	@HistoryLabel(value = "Actions it supports", refersTo = Reference.ACTION)
	private Set<Long> supportedActionIds = new HashSet<>();

	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	protected Partnership() {
	}

	/**
	 * A partnership.
	 * @param authorityId the authority being supported
	 * @param partnerName the partner's name as people know it
	 * @param partnerKind what kind of organisation the partner is
	 * @param partnerAuthorityId the partner's own authority record, only for a local
	 * authority partner that has one
	 * @param startsOn when the partnership starts
	 */
	public Partnership(Long authorityId, String partnerName, PartnerKind partnerKind, Long partnerAuthorityId,
			LocalDate startsOn) {
		this.authorityId = Objects.requireNonNull(authorityId, "A partnership belongs to an authority.");
		this.startsOn = Objects.requireNonNull(startsOn, "A partnership needs a start date.");
		classify(partnerKind, partnerAuthorityId);
		rename(partnerName);
	}

	/**
	 * Says what kind of organisation the partner is and, for a local authority in
	 * Turnaround, which one; never the authority itself.
	 */
	public void classify(PartnerKind partnerKind, Long partnerAuthorityId) {
		Objects.requireNonNull(partnerKind, "Say what kind of organisation the partner is.");
		if (partnerAuthorityId != null && partnerKind != PartnerKind.LOCAL_AUTHORITY) {
			throw new IllegalArgumentException("Only a local authority partner can be linked to an authority record.");
		}
		if (this.authorityId.equals(partnerAuthorityId)) {
			throw new IllegalArgumentException("An authority cannot be its own partner.");
		}
		this.partnerKind = partnerKind;
		this.partnerAuthorityId = partnerAuthorityId;
	}

	/**
	 * Moves the partnership's dates; it may have no end yet (null), and cannot end before
	 * it starts.
	 */
	public void runs(LocalDate startsOn, LocalDate endsOn) {
		Objects.requireNonNull(startsOn, "A partnership needs a start date.");
		if (endsOn != null && endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException(
					"A partnership cannot end on " + endsOn + ", before it started on " + startsOn + ".");
		}
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	/**
	 * Replaces the actions the partner supports. The caller has checked they are actions
	 * of the authority's plans.
	 */
	public void supportsOnly(Set<Long> actionIds) {
		Objects.requireNonNull(actionIds, "Give the actions the partner supports, or none.");
		if (actionIds.stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("An action the partner supports has no id.");
		}
		this.supportedActionIds.retainAll(actionIds);
		this.supportedActionIds.addAll(actionIds);
	}

	public void rename(String partnerName) {
		if (partnerName == null || partnerName.isBlank()) {
			throw new IllegalArgumentException("A partnership needs the partner's name.");
		}
		if (partnerName.strip().length() > 200) {
			throw new IllegalArgumentException("The partner's name must be 200 characters or fewer.");
		}
		this.partnerName = partnerName.strip();
	}

	/**
	 * Describes what the partner does, e.g. "Sector-led improvement partner".
	 */
	public void describeRole(String role) {
		String cleanRole = (role == null || role.isBlank()) ? null : role.strip();
		if (cleanRole != null && cleanRole.length() > 1000) {
			throw new IllegalArgumentException("The partner's role must be 1000 characters or fewer.");
		}
		this.role = cleanRole;
	}

	/**
	 * Ends the partnership on a date, which cannot be before it started.
	 */
	public void end(LocalDate endsOn) {
		Objects.requireNonNull(endsOn, "Give the date the partnership ends.");
		if (endsOn.isBefore(this.startsOn)) {
			throw new IllegalArgumentException(
					"A partnership cannot end on " + endsOn + ", before it started on " + this.startsOn + ".");
		}
		this.endsOn = endsOn;
	}

	/**
	 * Whether the partnership is running on a date: started, and not yet ended (it still
	 * runs on its end date).
	 */
	public boolean isActiveOn(LocalDate date) {
		return !date.isBefore(this.startsOn) && (this.endsOn == null || !date.isAfter(this.endsOn));
	}

	public Long getId() {
		return this.id;
	}

	public Long getAuthorityId() {
		return this.authorityId;
	}

	public String getPartnerName() {
		return this.partnerName;
	}

	public PartnerKind getPartnerKind() {
		return this.partnerKind;
	}

	public Long getPartnerAuthorityId() {
		return this.partnerAuthorityId;
	}

	public String getRole() {
		return this.role;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public Long getVersion() {
		return this.version;
	}

	public Set<Long> getSupportedActionIds() {
		return Collections.unmodifiableSet(this.supportedActionIds);
	}

}
