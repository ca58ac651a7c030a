package org.reliefledger.reports;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's promises about what depends on what. */
class ReportsArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.reliefledger.reports");

  @Test
  void the_anonymizer_is_pure_java() {
    classes()
        .that()
        .resideInAPackage("..reports.anonymize..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.reliefledger.reports.anonymize..")
        .check(MAIN);
  }

  @Test
  void nothing_uses_jpa_or_jakarta_ee() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta..", "javax.persistence..", "org.eclipse.persistence..")
        .check(MAIN);
  }

  @Test
  void nothing_uses_another_relief_ledger_module() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.reliefledger..")
                .and(resideOutsideOfPackage("org.reliefledger.reports..")))
        .check(MAIN);
  }

  @Test
  void the_shared_poi_helpers_know_no_report() {
    noClasses()
        .that()
        .resideInAPackage("..reports.xlsx..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..reports.donor..", "..reports.transparency..", "..reports.statements..")
        .check(MAIN);
  }
}
