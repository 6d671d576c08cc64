package org.turnaround.action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An action a form offers as a checkbox, named as people know it ("1.2 Recruit social
 * workers") under the title of its plan.
 */
public record ActionChoice(long id, String planTitle, String label) {

	/** The choices grouped under their plans' titles, in the order given. */
	public static Map<String, List<ActionChoice>> byPlan(List<ActionChoice> choices) {
		var byPlan = new LinkedHashMap<String, List<ActionChoice>>();
		for (var choice : choices) {
			byPlan.computeIfAbsent(choice.planTitle(), (plan) -> new ArrayList<>()).add(choice);
		}
		return byPlan;
	}

}
