package org.turnaround.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.MappingMetamodel;

import org.turnaround.audit.AuditedShape.Children;
import org.turnaround.audit.AuditedShape.Items;
import org.turnaround.audit.AuditedShape.Value;
import org.turnaround.audit.HistoryEntry.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the history of an audited record, newest first, in words: who changed it, when,
 * and each labelled field from what to what. Only fields that changed between one
 * revision and the one before are shown; a creation is shown as such without listing
 * every field.
 * <p>
 * It reads the {@code _aud} tables with plain SQL rather than through Envers' entity
 * queries, which load element collections one revision at a time. The cost is one
 * statement for the record plus one per labelled collection or child table, whatever the
 * number of revisions; names of people and records come from subqueries in those same
 * statements. There is deliberately no way to write history here: only Envers writes it.
 */
@Service
@Transactional(readOnly = true)
public class History {

	private static final String SYSTEM = "System";

	private static final String REVISION_COLUMNS = "r.recorded_at, r.username, ra.display_name as actor_name";

	private final JdbcClient jdbc;

	private final MappingMetamodel metamodel;

	private final ZoneId zone;

	private final HistoryWording wording;

	private final Map<Class<?>, AuditedShape> shapes = new ConcurrentHashMap<>();

	History(JdbcClient jdbc, EntityManagerFactory entityManagerFactory, Clock clock) {
		this.jdbc = jdbc;
		this.metamodel = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
		this.zone = clock.getZone();
		this.wording = new HistoryWording(this.zone);
	}

	/**
	 * The history of one record of an audited entity type, newest first; empty when
	 * nothing has been recorded for it.
	 */
	public List<HistoryEntry> of(Class<?> type, long id) {
		var shape = this.shapes.computeIfAbsent(type, (audited) -> AuditedShape.of(audited, this.metamodel));
		NavigableMap<Long, Entry> entries = new TreeMap<>();
		readRecord(shape, id, entries);
		for (var items : shape.collections()) {
			readItems(items, id, entries);
		}
		for (var children : shape.children()) {
			readChildren(children, id, entries);
		}
		List<HistoryEntry> history = new ArrayList<>();
		for (var entry : entries.descendingMap().values()) {
			if (entry.shown()) {
				history.add(entry.toHistoryEntry());
			}
		}
		return history;
	}

	private void readRecord(AuditedShape shape, long id, Map<Long, Entry> entries) {
		String sql = select(shape.values()) + " from " + shape.auditTable() + " h " + joinRevision() + " where h."
				+ shape.idColumn() + " = :id order by h.rev";
		Row[] previous = { null };
		query(sql, id, (rs) -> {
			var row = row(rs, shape.values());
			var entry = entry(rs, entries);
			entry.kind = switch (rs.getInt("revtype")) {
				case 0 -> Kind.CREATED;
				case 2 -> Kind.REMOVED;
				default -> Kind.CHANGED;
			};
			if (entry.kind == Kind.CHANGED) {
				if (previous[0] == null) {
					// Changed before the audit trail knew the record: what it was is
					// unknown.
					entry.priorUnknown = true;
				}
				else {
					entry.changes.addAll(differences(shape.values(), previous[0], row, ""));
				}
			}
			previous[0] = row;
		});
	}

	private void readItems(Items items, long id, Map<Long, Entry> entries) {
		String name = items.refersTo().named() ? ", " + items.refersTo().nameOf("h." + items.elementColumn())
				: ", null";
		String sql = "select h.rev, h.revtype, " + REVISION_COLUMNS + ", h." + items.elementColumn() + " as v0" + name
				+ " as n0 from " + items.auditTable() + " h " + joinRevision() + " where h." + items.ownerColumn()
				+ " = :id order by h.rev";
		var element = new Value(items.label(), "v0", items.label(), items.type(), items.refersTo(), "%s");
		query(sql, id, (rs) -> {
			var entry = entry(rs, entries);
			if (entry.wholeRecord()) {
				return;
			}
			String item = row(rs, List.of(element)).words()[0];
			entry.items(items.label()).record(rs.getInt("revtype") != 2, item);
		});
	}

	private void readChildren(Children children, long id, Map<Long, Entry> entries) {
		var shape = children.shape();
		List<Value> columns = new ArrayList<>(shape.values());
		columns.addAll(children.itemFields());
		String sql = select(columns) + ", h." + shape.idColumn() + " as child_id from " + shape.auditTable() + " h "
				+ joinRevision() + " where h." + children.parentColumn() + " = :id order by h.rev, h."
				+ shape.idColumn();
		Map<Long, Row> previous = new HashMap<>();
		query(sql, id, (rs) -> {
			var entry = entry(rs, entries);
			var row = row(rs, columns);
			long childId = rs.getLong("child_id");
			var before = previous.put(childId, row);
			if (entry.wholeRecord()) {
				return;
			}
			switch (rs.getInt("revtype")) {
				case 0 -> entry.items(children.label()).record(true, describe(children, row));
				// the last state seen names a removed child best
				case 2 ->
					entry.items(children.label()).record(false, describe(children, (before != null) ? before : row));
				default -> {
					if (before != null) {
						entry.changes
							.addAll(differences(shape.values(), before, row, itemName(children, before) + " "));
					}
				}
			}
		});
	}

	private List<FieldChange> differences(List<Value> values, Row before, Row after, String prefix) {
		List<FieldChange> changes = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			if (!Objects.equals(before.raw()[i], after.raw()[i])) {
				String label = prefix.isEmpty() ? values.get(i).label() : prefix + lowerFirst(values.get(i).label());
				changes.add(FieldChange.value(label, before.words()[i], after.words()[i]));
			}
		}
		return changes;
	}

	/** "Priority 2: Workforce stability": the item name and its first labelled field. */
	private String describe(Children children, Row row) {
		String name = itemName(children, row);
		String first = children.shape().values().isEmpty() ? null : row.words()[0];
		return (first != null) ? name + ": " + first : name;
	}

	private String itemName(Children children, Row row) {
		String name = children.item();
		int offset = children.shape().values().size();
		for (int i = 0; i < children.itemFields().size(); i++) {
			var field = children.itemFields().get(i);
			String words = row.words()[offset + i];
			name = name.replace("{" + field.field() + "}", (words != null) ? words : "");
		}
		return name;
	}

	private static String lowerFirst(String label) {
		return (label.length() > 1 && Character.isLowerCase(label.charAt(1)))
				? label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1) : label;
	}

	private static String select(List<Value> values) {
		var sql = new StringBuilder("select h.rev, h.revtype, ").append(REVISION_COLUMNS);
		for (int i = 0; i < values.size(); i++) {
			var value = values.get(i);
			sql.append(", h.").append(value.column()).append(" as v").append(i);
			if (value.refersTo().named()) {
				sql.append(", ").append(value.refersTo().nameOf("h." + value.column())).append(" as n").append(i);
			}
		}
		return sql.toString();
	}

	private static String joinRevision() {
		return "join revision r on r.id = h.rev left join account ra on ra.id = r.account_id";
	}

	private void query(String sql, long id, RowHandler handler) {
		this.jdbc.sql(sql).param("id", id).query((ResultSet rs) -> handler.handle(rs));
	}

	private Entry entry(ResultSet rs, Map<Long, Entry> entries) throws SQLException {
		long rev = rs.getLong("rev");
		var entry = entries.get(rev);
		if (entry == null) {
			var at = rs.getObject("recorded_at", OffsetDateTime.class);
			entry = new Entry(LocalDateTime.ofInstant(at.toInstant(), this.zone),
					who(rs.getString("actor_name"), rs.getString("username")));
			entries.put(rev, entry);
		}
		return entry;
	}

	static String who(String displayName, String username) {
		if (displayName != null) {
			return displayName;
		}
		if (username == null || username.equalsIgnoreCase(AuditActor.SYSTEM.username())) {
			return SYSTEM;
		}
		return username;
	}

	private Row row(ResultSet rs, List<Value> values) throws SQLException {
		Object[] raw = new Object[values.size()];
		String[] words = new String[values.size()];
		for (int i = 0; i < values.size(); i++) {
			var value = values.get(i);
			raw[i] = read(rs, "v" + i, value.type());
			if (raw[i] != null && value.refersTo().named()) {
				String name = rs.getString("n" + i);
				words[i] = this.wording.word((name != null) ? name : "#" + raw[i], value.format());
			}
			else {
				words[i] = this.wording.word(raw[i], value.format());
			}
		}
		return new Row(raw, words);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object read(ResultSet rs, String column, Class<?> type) throws SQLException {
		if (type.isEnum()) {
			String name = rs.getString(column);
			return (name != null) ? Enum.valueOf((Class<? extends Enum>) type, name) : null;
		}
		if (type == Instant.class) {
			var at = rs.getObject(column, OffsetDateTime.class);
			return (at != null) ? at.toInstant() : null;
		}
		return rs.getObject(column, type);
	}

	@FunctionalInterface
	private interface RowHandler {

		void handle(ResultSet rs) throws SQLException;

	}

	/** One audited row's values, as stored (to compare) and in words (to show). */
	private record Row(Object[] raw, String[] words) {

	}

	/** A revision being put together from the record, its collections and children. */
	private static final class Entry {

		private final LocalDateTime when;

		private final String who;

		private Kind kind;

		private boolean priorUnknown;

		private final List<FieldChange> changes = new ArrayList<>();

		private final Map<String, ItemChanges> items = new LinkedHashMap<>();

		Entry(LocalDateTime when, String who) {
			this.when = when;
			this.who = who;
		}

		/**
		 * A creation or removal is shown as such, without the collections and children
		 * that came or went with it.
		 */
		boolean wholeRecord() {
			return this.kind == Kind.CREATED || this.kind == Kind.REMOVED;
		}

		ItemChanges items(String label) {
			return this.items.computeIfAbsent(label, (key) -> new ItemChanges());
		}

		HistoryEntry toHistoryEntry() {
			List<FieldChange> all = new ArrayList<>(this.changes);
			this.items.forEach((label, items) -> {
				if (!items.added.isEmpty() || !items.removed.isEmpty()) {
					all.add(FieldChange.items(label, items.added, items.removed));
				}
			});
			return new HistoryEntry(this.when, this.who, (this.kind != null) ? this.kind : Kind.CHANGED, all);
		}

		/**
		 * A change with nothing a person would recognise (only a version or a timestamp
		 * the app sets) is left out.
		 */
		boolean shown() {
			if (wholeRecord() || this.priorUnknown) {
				return true;
			}
			return !this.changes.isEmpty()
					|| this.items.values().stream().anyMatch((i) -> !i.added.isEmpty() || !i.removed.isEmpty());
		}

	}

	private static final class ItemChanges {

		private final List<String> added = new ArrayList<>();

		private final List<String> removed = new ArrayList<>();

		/** An item both added and removed in one revision did not change. */
		void record(boolean add, String item) {
			if (add) {
				if (!this.removed.remove(item)) {
					this.added.add(item);
				}
			}
			else if (!this.added.remove(item)) {
				this.removed.add(item);
			}
		}

	}

}
