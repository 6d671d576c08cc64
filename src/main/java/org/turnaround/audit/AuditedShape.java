package org.turnaround.audit;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.hibernate.envers.Audited;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.metamodel.mapping.EntityValuedModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * Where the labelled fields of one audited entity live in the database, so that its
 * history can be read from the {@code _aud} tables with plain SQL. Table and column names
 * come from Hibernate's own mapping, never from guesses, so they are the names
 * {@code ddl-auto=validate} has already checked.
 */
record AuditedShape(String table, String idColumn, List<Value> values, List<Items> collections,
		List<Children> children) {

	static final String AUDIT_SUFFIX = "_aud";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	String auditTable() {
		return this.table + AUDIT_SUFFIX;
	}

	static AuditedShape of(Class<?> type, MappingMetamodel metamodel) {
		Assert.isTrue(type.isAnnotationPresent(Audited.class), () -> type.getSimpleName() + " is not audited");
		EntityPersister persister = metamodel.getEntityDescriptor(type);
		List<Value> values = new ArrayList<>();
		List<Items> collections = new ArrayList<>();
		List<Children> children = new ArrayList<>();
		for (Field field : type.getDeclaredFields()) {
			HistoryLabel label = field.getAnnotation(HistoryLabel.class);
			if (label == null) {
				continue;
			}
			var attribute = persister.findAttributeMapping(field.getName());
			if (attribute instanceof PluralAttributeMapping plural) {
				String ownerColumn = plural.getKeyDescriptor().getKeyPart().getSelectable(0).getSelectionExpression();
				Class<?> elementType = elementType(field);
				if (plural.getElementDescriptor() instanceof EntityValuedModelPart) {
					Assert.hasText(label.item(), () -> type.getSimpleName() + "." + field.getName()
							+ " holds child records: say how one is named with item()");
					var child = of(elementType, metamodel);
					children.add(new Children(label.value(), label.item(), ownerColumn, child,
							placeholders(label.item(), elementType, metamodel)));
				}
				else {
					String elementColumn = plural.getElementDescriptor().getSelectable(0).getSelectionExpression();
					collections.add(new Items(label.value(), plural.getSeparateCollectionTable(), ownerColumn,
							elementColumn, elementType, label.refersTo()));
				}
			}
			else if (attribute instanceof SelectableMapping column) {
				values.add(new Value(field.getName(), column.getSelectionExpression(), label.value(),
						ClassUtils.resolvePrimitiveIfNecessary(field.getType()), label.refersTo(), label.format()));
			}
			else {
				throw new IllegalStateException("Cannot show " + type.getSimpleName() + "." + field.getName()
						+ " in a history: only plain columns and collections can be labelled");
			}
		}
		String idColumn = persister.getIdentifierMapping().getSelectable(0).getSelectionExpression();
		return new AuditedShape(persister.getMappedTableDetails().getTableName(), idColumn, List.copyOf(values),
				List.copyOf(collections), List.copyOf(children));
	}

	private static Class<?> elementType(Field field) {
		if (field.getGenericType() instanceof ParameterizedType generic
				&& generic.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		throw new IllegalStateException(field + " needs a declared element type");
	}

	/** The fields a child's item name mentions, such as its number. */
	private static List<Value> placeholders(String item, Class<?> childType, MappingMetamodel metamodel) {
		var persister = metamodel.getEntityDescriptor(childType);
		List<Value> fields = new ArrayList<>();
		var matcher = PLACEHOLDER.matcher(item);
		while (matcher.find()) {
			String name = matcher.group(1);
			if (!(persister.findAttributeMapping(name) instanceof SelectableMapping column)) {
				throw new IllegalStateException(childType.getSimpleName() + " has no column for {" + name + "}");
			}
			Class<?> fieldType;
			try {
				fieldType = ClassUtils.resolvePrimitiveIfNecessary(childType.getDeclaredField(name).getType());
			}
			catch (NoSuchFieldException ex) {
				throw new IllegalStateException(childType.getSimpleName() + " has no field " + name, ex);
			}
			fields.add(new Value(name, column.getSelectionExpression(), name, fieldType, Reference.NONE, "%s"));
		}
		return List.copyOf(fields);
	}

	/** A labelled column. */
	record Value(String field, String column, String label, Class<?> type, Reference refersTo, String format) {

	}

	/** A labelled collection of plain values (usually ids) in its own table. */
	record Items(String label, String table, String ownerColumn, String elementColumn, Class<?> type,
			Reference refersTo) {

		String auditTable() {
			return this.table + AUDIT_SUFFIX;
		}

	}

	/**
	 * Child records of the aggregate (a plan's priorities), shown in the parent's
	 * history.
	 */
	record Children(String label, String item, String parentColumn, AuditedShape shape, List<Value> itemFields) {

	}

}
