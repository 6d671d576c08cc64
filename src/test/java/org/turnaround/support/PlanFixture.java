package org.turnaround.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.turnaround.account.Account;
import org.turnaround.account.AccountRepository;
import org.turnaround.account.Role;
import org.turnaround.action.Action;
import org.turnaround.action.ActionRepository;
import org.turnaround.action.ActionStatus;
import org.turnaround.action.ActionUpdateRepository;
import org.turnaround.action.RagPolicy;
import org.turnaround.authority.Authority;
import org.turnaround.authority.AuthorityRepository;
import org.turnaround.milestone.Milestone;
import org.turnaround.milestone.MilestoneRepository;
import org.turnaround.notice.ImprovementNotice;
import org.turnaround.notice.NoticeKind;
import org.turnaround.notice.NoticeRepository;
import org.turnaround.notice.NoticeTrigger;
import org.turnaround.plan.ImprovementPlan;
import org.turnaround.plan.PlanRepository;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Builds a plan of any size through the real entities and repositories, so tests can
 * compare a small plan with a large one. Call it inside a test transaction so it rolls
 * back.
 */
@TestComponent
public class PlanFixture {

	/** Every fixture owner signs in with this password. */
	public static final String PASSWORD = "fixture-password-for-tests";

	private final AuthorityRepository authorities;

	private final AccountRepository accounts;

	private final NoticeRepository notices;

	private final PlanRepository plans;

	private final ActionRepository actions;

	private final ActionUpdateRepository updates;

	private final MilestoneRepository milestones;

	private final RagPolicy ragPolicy;

	private final Clock clock;

	private final PasswordEncoder passwordEncoder;

	private final UserDetailsService users;

	private final JdbcTemplate jdbc;

	PlanFixture(AuthorityRepository authorities, AccountRepository accounts, NoticeRepository notices,
			PlanRepository plans, ActionRepository actions, ActionUpdateRepository updates,
			MilestoneRepository milestones, RagPolicy ragPolicy, Clock clock, PasswordEncoder passwordEncoder,
			UserDetailsService users, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.users = users;
		this.authorities = authorities;
		this.accounts = accounts;
		this.notices = notices;
		this.plans = plans;
		this.actions = actions;
		this.updates = updates;
		this.milestones = milestones;
		this.ragPolicy = ragPolicy;
		this.clock = clock;
	}

	/**
	 * A plan with the given numbers of priorities, actions per priority and updates per
	 * action, and one milestone per priority depending on its first action.
	 */
	public Built plan(String slug, int priorityCount, int actionsPerPriority, int updatesPerAction) {
		var today = LocalDate.now(this.clock);
		var now = Instant.now(this.clock);
		var authority = this.authorities.save(new Authority("Fixture Council " + slug, slug, null));
		var owner = new Account(slug + ".owner", "Fixture Owner " + slug, "Service manager", null, Role.OFFICER,
				authority.getId(), now);
		owner.changePassword(this.passwordEncoder.encode(PASSWORD), now);
		this.accounts.save(owner);
		var notice = new ImprovementNotice(authority.getId(), "Fixture notice " + slug, NoticeKind.IMPROVEMENT_NOTICE,
				NoticeTrigger.OFSTED_INSPECTION, today.minusMonths(13));
		var requirement = notice.addRequirement("Establish an Improvement Board");
		this.notices.save(notice);
		var plan = new ImprovementPlan(authority.getId(), notice.getId(), "Fixture plan " + slug, today.minusYears(1),
				today.plusYears(1));
		for (int p = 1; p <= priorityCount; p++) {
			plan.addPriority("Fixture priority " + p, null, "Lead " + p);
		}
		plan.endorse(today.minusYears(1), today);
		plan.activate();
		this.plans.save(plan);
		List<Action> created = new ArrayList<>();
		for (var priority : plan.getPriorities()) {
			for (int a = 1; a <= actionsPerPriority; a++) {
				var action = new Action(plan.getId(), priority.getId(), a,
						"Fixture action " + priority.getNumber() + "." + a, owner.getId(), today.minusMonths(6),
						today.plusDays(a * 7L - 20), now.minus(Duration.ofDays(200)));
				action.answers(requirement.getId());
				this.actions.save(action);
				for (int u = 1; u <= updatesPerAction; u++) {
					var at = now.minus(Duration.ofDays(10L * (updatesPerAction - u + 1)));
					this.updates.save(action.recordUpdate(owner.getId(), ActionStatus.IN_PROGRESS,
							Math.min(100, u * 10), "Progress note " + u, at, this.clock.getZone(), this.ragPolicy));
				}
				created.add(action);
			}
			var milestone = new Milestone(plan.getId(), "Fixture milestone " + priority.getNumber(),
					today.plusMonths(priority.getNumber()));
			if (actionsPerPriority > 0) {
				milestone.dependsOn(created.get(created.size() - 1).getId());
			}
			this.milestones.save(milestone);
		}
		this.actions.flush();
		return new Built(authority, owner, notice, plan, created);
	}

	/** Another person of the fixture's authority, who signs in with {@link #PASSWORD}. */
	public Account member(Built built, String username, String displayName, Role role) {
		var now = Instant.now(this.clock);
		var account = new Account(username, displayName, null, null, role, built.authority().getId(), now);
		account.changePassword(this.passwordEncoder.encode(PASSWORD), now);
		return this.accounts.saveAndFlush(account);
	}

	/**
	 * The signed-in person a request runs as:
	 * {@code mvc.perform(get(...).with(user(fixture.signedIn(account))))}.
	 */
	public UserDetails signedIn(Account account) {
		return this.users.loadUserByUsername(account.getUsername());
	}

	/**
	 * Removes a fixture built in committed transactions (tests of races and history,
	 * which cannot roll back), with everything hanging off its plans. The audit trail
	 * keeps its rows: it is never edited.
	 */
	public void remove(String slug) {
		var plan = "(select p.id from improvement_plan p join authority a on a.id = p.authority_id where a.slug = ?)";
		this.jdbc.update(
				"delete from action_update where action_id in (select id from action where plan_id in " + plan + ")",
				slug);
		this.jdbc.update("delete from milestone where plan_id in " + plan, slug);
		this.jdbc.update("delete from action where plan_id in " + plan, slug);
		this.jdbc.update("delete from improvement_plan where id in " + plan, slug);
		this.jdbc.update(
				"delete from improvement_notice where authority_id in (select id from authority where slug = ?)", slug);
		this.jdbc.update("delete from account where authority_id in (select id from authority where slug = ?)", slug);
		this.jdbc.update("delete from authority where slug = ?", slug);
	}

	public record Built(Authority authority, Account owner, ImprovementNotice notice, ImprovementPlan plan,
			List<Action> actions) {

	}

}
