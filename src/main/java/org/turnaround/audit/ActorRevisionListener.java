package org.turnaround.audit;

import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the actor of the change, as {@link AuditActors} knows it.
 */
class ActorRevisionListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		((Revision) revisionEntity).madeBy(AuditActors.current());
	}

}
