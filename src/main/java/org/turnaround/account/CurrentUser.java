package org.turnaround.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.turnaround.audit.AuditActor;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, with the authorities whose records they may read. Officers, plan
 * managers and cabinet members read their own authority; advisers the authorities
 * assigned to them; admins manage accounts and read no authority's records.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, AuditActor {

	private final long accountId;

	private final String username;

	private final String displayName;

	private final Role role;

	private final Long authorityId;

	private final Set<Long> readableAuthorityIds;

	private final boolean active;

	private final boolean locked;

	private String passwordHash;

	CurrentUser(Account account, boolean locked) {
		this.accountId = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.authorityId = account.getAuthorityId();
		this.readableAuthorityIds = switch (account.getRole()) {
			case ADVISER -> Set.copyOf(account.getAssignedAuthorityIds());
			case ADMIN -> Set.of();
			default -> Set.of(account.getAuthorityId());
		};
		this.active = account.isActive();
		this.locked = locked;
		this.passwordHash = account.getPasswordHash();
	}

	@Override
	public Long accountId() {
		return this.accountId;
	}

	@Override
	public String username() {
		return this.username;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	/** The authority the person belongs to; none for advisers and admins. */
	public Long authorityId() {
		return this.authorityId;
	}

	public Set<Long> readableAuthorityIds() {
		return this.readableAuthorityIds;
	}

	public boolean canRead(long authorityId) {
		return this.readableAuthorityIds.contains(authorityId);
	}

	/** Plan managers change records of their own authority only. */
	public boolean managesPlansOf(long authorityId) {
		return this.role == Role.PLAN_MANAGER && this.authorityId != null && this.authorityId == authorityId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.active && this.passwordHash != null;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.accountId == this.accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.accountId);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + ", " + this.role + "]";
	}

}
