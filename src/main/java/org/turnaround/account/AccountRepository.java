package org.turnaround.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.username) = lower(:username)")
	Optional<Account> findByUsername(String username);

	@Query("select count(a) > 0 from Account a where lower(a.username) = lower(:username)")
	boolean existsByUsername(String username);

	boolean existsByRole(Role role);

	/**
	 * The active admins, locked until the transaction ends: whoever deactivates an admin
	 * takes these locks first, so two admins deactivating each other at the same moment
	 * are taken one after the other and the second sees the first's change.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.role = org.turnaround.account.Role.ADMIN and a.active = true order by a.id")
	List<Account> lockActiveAdmins();

}
