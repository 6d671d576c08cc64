package org.turnaround.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
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
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.Audited;

import org.turnaround.audit.HistoryLabel;
import org.turnaround.audit.Reference;

import org.springframework.util.Assert;

/**
 * A person who uses Turnaround. Officers, plan managers and cabinet members belong to one
 * authority; advisers are assigned to the authorities they advise.
 */
@Audited
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@HistoryLabel("Username")
	private String username;

	@Column(name = "display_name")
	@HistoryLabel("Name")
	private String displayName;

	@Column(name = "job_title")
	@HistoryLabel("Job title")
	private String jobTitle;

	@HistoryLabel("Email")
	private String email;

	@Enumerated(EnumType.STRING)
	@HistoryLabel("Role")
	private Role role;

	@Column(name = "authority_id")
	@HistoryLabel(value = "Authority", refersTo = Reference.AUTHORITY)
	private Long authorityId;

	@HistoryLabel("Active")
	private boolean active = true;

	@Column(name = "created_at")
	private Instant createdAt;

	@NotAudited
	@Column(name = "password_hash")
	private String passwordHash;

	@NotAudited
	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@NotAudited
	@OptimisticLock(excluded = true)
	@Column(name = "failed_sign_ins")
	private int failedSignIns;

	@NotAudited
	@OptimisticLock(excluded = true)
	@Column(name = "first_failed_sign_in_at")
	private Instant firstFailedSignInAt;

	@NotAudited
	@OptimisticLock(excluded = true)
	@Column(name = "locked_until")
	private Instant lockedUntil;

	@ElementCollection
	@CollectionTable(name = "adviser_assignment", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "authority_id")
	@HistoryLabel(value = "Authorities advised", refersTo = Reference.AUTHORITY)
	private Set<Long> assignedAuthorityIds = new LinkedHashSet<>();

	@Version
	private Long version;

	protected Account() {
	}

	public Account(String username, String displayName, String jobTitle, String email, Role role, Long authorityId,
			Instant createdAt) {
		Assert.isTrue(username != null && username.matches("[A-Za-z0-9._@-]{2,100}"),
				"A username is 2 to 100 letters, digits, dots, hyphens, underscores or @");
		Assert.hasText(displayName, "An account needs the person's name");
		Assert.notNull(role, "An account needs a role");
		Assert.isTrue(!role.belongsToOneAuthority() || authorityId != null,
				() -> role.label() + " accounts must belong to an authority");
		this.username = username;
		this.displayName = displayName;
		this.jobTitle = jobTitle;
		this.email = email;
		this.role = role;
		this.authorityId = role.belongsToOneAuthority() ? authorityId : null;
		this.createdAt = createdAt;
	}

	public void assignToAuthority(Long authorityId) {
		Assert.state(this.role == Role.ADVISER, "Only advisers are assigned to authorities");
		this.assignedAuthorityIds.add(authorityId);
	}

	/**
	 * Replaces the authorities an adviser is assigned to; none at all is allowed (an
	 * adviser between assignments reads nothing).
	 */
	public void assignToAuthorities(Collection<Long> authorityIds) {
		Assert.state(this.role == Role.ADVISER, "Only advisers are assigned to authorities");
		Assert.notNull(authorityIds, "The authorities are needed, even if there are none");
		Assert.noNullElements(authorityIds, "An assigned authority needs an id");
		this.assignedAuthorityIds.retainAll(authorityIds);
		this.assignedAuthorityIds.addAll(authorityIds);
	}

	/**
	 * Stores a new password, already hashed; the account's lockout is cleared with it.
	 */
	public void changePassword(String encodedPassword, Instant at) {
		Assert.hasText(encodedPassword, "A password hash is needed");
		this.passwordHash = encodedPassword;
		this.passwordChangedAt = at;
		clearFailedSignIns();
	}

	/**
	 * Counts a failed sign-in. Failures are counted in a window that starts at the first
	 * one; reaching the limit within it locks the account for the lock period.
	 * @return whether this failure locked the account
	 */
	public boolean recordFailedSignIn(Instant at, SignInPolicy policy) {
		if (this.firstFailedSignInAt == null || at.isAfter(this.firstFailedSignInAt.plus(policy.failureWindow()))) {
			this.firstFailedSignInAt = at;
			this.failedSignIns = 0;
		}
		this.failedSignIns++;
		if (this.failedSignIns >= policy.maxFailures()) {
			this.lockedUntil = at.plus(policy.lockFor());
			this.failedSignIns = 0;
			this.firstFailedSignInAt = null;
			return true;
		}
		return false;
	}

	public void recordSuccessfulSignIn() {
		clearFailedSignIns();
	}

	private void clearFailedSignIns() {
		this.failedSignIns = 0;
		this.firstFailedSignInAt = null;
		this.lockedUntil = null;
	}

	public boolean isLocked(Instant at) {
		return this.lockedUntil != null && at.isBefore(this.lockedUntil);
	}

	/**
	 * Stops the person signing in. Whether they are the last admin is the service's
	 * question: it needs the other accounts.
	 */
	public void deactivate() {
		Assert.state(this.active, "This account is already deactivated");
		this.active = false;
	}

	public void reactivate() {
		Assert.state(!this.active, "This account is already active");
		this.active = true;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public String getEmail() {
		return this.email;
	}

	public Role getRole() {
		return this.role;
	}

	public Long getAuthorityId() {
		return this.authorityId;
	}

	public boolean isActive() {
		return this.active;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public int getFailedSignIns() {
		return this.failedSignIns;
	}

	public Set<Long> getAssignedAuthorityIds() {
		return Collections.unmodifiableSet(this.assignedAuthorityIds);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
