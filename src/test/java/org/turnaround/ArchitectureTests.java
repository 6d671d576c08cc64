package org.turnaround;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package-by-feature layout honest: features talk to each other through their
 * query services and public types, never through another feature's repositories or
 * controllers.
 */
class ArchitectureTests {

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.turnaround");
	}

	@Test
	void aFeaturesRepositoriesAreUsedOnlyInsideThatFeature() {
		classes().that().areAssignableTo(Repository.class).should(onlyBeUsedInTheirOwnPackage()).check(classes);
	}

	@Test
	void controllersAreEntryPointsThatNothingElseCalls() {
		noClasses().should().dependOnClassesThat().areAnnotatedWith(Controller.class).check(classes);
	}

	@Test
	void theSharedWebLayerDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("org.turnaround.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.turnaround.authority..", "org.turnaround.account..", "org.turnaround.notice..",
					"org.turnaround.plan..", "org.turnaround.action..", "org.turnaround.milestone..",
					"org.turnaround.measure..", "org.turnaround.caseaudit..", "org.turnaround.inspection..",
					"org.turnaround.partnership..", "org.turnaround.workforce..", "org.turnaround.demo..")
			.check(classes);
	}

	@Test
	void noFeatureDependsOnTheDemoDataOrTheEmbeddedDatabase() {
		noClasses().that()
			.resideOutsideOfPackages("org.turnaround.demo..", "org.turnaround.standalone..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.turnaround.demo..", "org.turnaround.standalone..")
			.check(classes);
	}

	@Test
	void entitiesKnowNothingOfTheWebLayer() {
		noClasses().that()
			.areAnnotatedWith(Entity.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.turnaround.web..", "jakarta.servlet..")
			.check(classes);
	}

	@Test
	void featuresDoNotDependOnEachOtherInCycles() {
		slices().matching("org.turnaround.(*)..").should().beFreeOfCycles().check(classes);
	}

	private static ArchCondition<JavaClass> onlyBeUsedInTheirOwnPackage() {
		return new ArchCondition<>("only be used inside their own feature package") {
			@Override
			public void check(JavaClass repository, ConditionEvents events) {
				for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
					if (!dependency.getOriginClass().getPackageName().equals(repository.getPackageName())) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

}
