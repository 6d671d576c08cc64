package org.turnaround.partnership;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A partner council or agency supporting an authority's improvement, such as an
 * outstanding council appointed as sector-led improvement partner.
 */
@Entity
@Table(name = "partnership")
public class Partnership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "authority_id", nullable = false, updatable = false)
	private Long authorityId;

	@Column(name = "partner_name", nullable = false, length = 200)
	private String partnerName;

	@Enumerated(EnumType.STRING)
	@Column(name = "partner_kind", nullable = false, length = 30)
	private PartnerKind partnerKind;

	@Column(name = "partner_authority_id")
	private Long partnerAuthorityId;

	@Column(name = "role", length = 1000)
	private String role;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

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
		this.partnerKind = Objects.requireNonNull(partnerKind, "Say what kind of organisation the partner is.");
		this.startsOn = Objects.requireNonNull(startsOn, "A partnership needs a start date.");
		if (partnerAuthorityId != null && partnerKind != PartnerKind.LOCAL_AUTHORITY) {
			throw new IllegalArgumentException("Only a local authority partner can be linked to an authority record.");
		}
		if (authorityId.equals(partnerAuthorityId)) {
			throw new IllegalArgumentException("An authority cannot be its own partner.");
		}
		this.partnerAuthorityId = partnerAuthorityId;
		rename(partnerName);
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

}
