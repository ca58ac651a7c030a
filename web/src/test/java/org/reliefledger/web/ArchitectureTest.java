package org.reliefledger.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of CONVENTIONS.md, checked on every build. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.reliefledger");
  }

  @Test
  void theDomainNeverKnowsTheWeb() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.reliefledger.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.reliefledger.web..")
        .check(classes);
  }

  @Test
  void entitiesDependOnNoServices() {
    noClasses()
        .that()
        .resideInAPackage("..entity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..control..", "..boundary..")
        .check(classes);
  }

  @Test
  void reportsAreContainerFree() {
    noClasses()
        .that()
        .resideInAPackage("org.reliefledger.reports..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..",
            "org.reliefledger.ledger..",
            "org.reliefledger.cases..",
            "org.reliefledger.web..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void onlyTheVaultAndSignInDoCryptography() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.reliefledger.cases.vault..", "org.reliefledger.web.security..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javax.crypto..")
        .check(classes);
  }

  /**
   * Bouncy Castle's threshold API changed across versions: one class wraps it, and its test pins
   * it.
   */
  @Test
  void onlyKeySharesTouchesBouncyCastle() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.reliefledger.cases.vault.KeyShares")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.bouncycastle..")
        .check(classes);
  }
}
