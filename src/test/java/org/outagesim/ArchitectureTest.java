package org.outagesim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layout of docs/architecture.md: one direction of dependency, I/O only at the edges.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.outagesim");
  }

  @Test
  void coreDoesNoIoAndKnowsNoFileFormatsCommandLineOrCharts() {
    noClasses()
        .that()
        .resideInAnyPackage("org.outagesim.model..", "org.outagesim.sim..", "org.outagesim.stats..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                    "java.io..",
                    "java.nio.file..",
                    "com.fasterxml.jackson..",
                    "org.yaml..",
                    "picocli..",
                    "org.jfree..",
                    "java.awt..",
                    "javax.imageio..")
                // Serializable is a marker (records that travel to a cluster), not I/O.
                .and(
                    com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                            java.io.Serializable.class))))
        .check(classes);
  }

  @Test
  void onlySimTouchesDsol() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.outagesim.sim..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("nl.tudelft.simulation..")
        .check(classes);
  }

  @Test
  void modelAndStatsDoNotDependOnTheLayersAbove() {
    noClasses()
        .that()
        .resideInAnyPackage("org.outagesim.model..", "org.outagesim.stats..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.outagesim.sim..",
            "org.outagesim.experiment..",
            "org.outagesim.scenario..",
            "org.outagesim.report..",
            "org.outagesim.cli..",
            "org.outagesim.chart..",
            "org.outagesim.sweep..")
        .check(classes);
  }

  @Test
  void simAndExperimentDoNotDependOnCliOrReport() {
    noClasses()
        .that()
        .resideInAnyPackage("org.outagesim.sim..", "org.outagesim.experiment..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.outagesim.cli..",
            "org.outagesim.report..",
            "org.outagesim.scenario..",
            "org.outagesim.chart..",
            "org.outagesim.sweep..")
        .check(classes);
  }

  @Test
  void simReadsNoYaml() {
    noClasses()
        .that()
        .resideInAPackage("org.outagesim.sim..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "org.yaml..")
        .check(classes);
  }

  /** The report is written from the saved folder alone, like the charts. */
  @Test
  void htmlReportKnowsNothingOfTheSimulator() {
    noClasses()
        .that()
        .resideInAPackage("org.outagesim.report.html..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.outagesim.sim..", "org.outagesim.experiment..", "nl.tudelft.simulation..")
        .check(classes);
  }

  @Test
  void sweepPlanningRunsNothing() {
    noClasses()
        .that()
        .resideInAPackage("org.outagesim.sweep.plan..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.outagesim.sim..", "org.outagesim.experiment..", "org.outagesim.cli..")
        .check(classes);
  }

  /**
   * Studies reach the simulator through {@code experiment}, so every study shares its replication
   * pool.
   */
  @Test
  void sweepRunningReachesTheSimulatorThroughExperiment() {
    noClasses()
        .that()
        .resideInAPackage("org.outagesim.sweep.run..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.outagesim.sim..", "org.outagesim.cli..")
        .check(classes);
  }

  /** The Spark engine reaches the simulator only through experiment's tasks. */
  @Test
  void sparkRunsReplicationsThroughExperiment() {
    noClasses()
        .that()
        .resideInAPackage("org.outagesim.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.outagesim.sim..", "nl.tudelft.simulation..")
        .check(classes);
  }

  /** A study's analysis reads finished rows; it neither simulates nor knows the command line. */
  @Test
  void studyAnalysesRunNothing() {
    noClasses()
        .that()
        .resideInAnyPackage("org.outagesim.decision..", "org.outagesim.uncertainty..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.outagesim.sim..",
            "org.outagesim.experiment..",
            "org.outagesim.cli..",
            "nl.tudelft.simulation..")
        .check(classes);
  }

  @Test
  void theSweepContractDependsOnlyOnTheScenarioRecords() {
    noClasses()
        .that()
        .resideInAPackage("org.outagesim.sweep")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.outagesim.sweep.plan..",
            "org.outagesim.sweep.run..",
            "org.outagesim.sim..",
            "org.outagesim.experiment..",
            "org.outagesim.cli..",
            "org.outagesim.report..")
        .check(classes);
  }

  @Test
  void nothingDependsOnTheCommandLine() {
    // The Spark launcher runs the CLI's commands on a cluster: the one class that may.
    noClasses()
        .that()
        .resideOutsideOfPackages("org.outagesim.cli..", "org.outagesim.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.outagesim.cli..")
        .check(classes);
  }

  /** One direction of dependency: no cycle between the top-level packages. */
  @Test
  void packagesFormNoCycles() {
    slices().matching("org.outagesim.(*)..").should().beFreeOfCycles().check(classes);
  }

  /**
   * Charts are drawn from the saved files alone, so that {@code outagesim chart DIR} can redraw
   * them.
   */
  @Test
  void chartsReadSavedFilesAndKnowNothingOfTheSimulator() {
    noClasses()
        .that()
        .resideInAPackage("org.outagesim.chart..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.outagesim.sim..",
            "org.outagesim.experiment..",
            "org.outagesim.scenario..",
            "org.outagesim.model..",
            "org.outagesim.report..",
            "org.outagesim.cli..",
            "nl.tudelft.simulation..")
        .check(classes);
  }

  @Test
  void scenarioKnowsNothingOfTheSimulator() {
    noClasses()
        .that()
        .resideInAPackage("org.outagesim.scenario..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.outagesim.sim..",
            "org.outagesim.experiment..",
            "org.outagesim.cli..",
            "org.outagesim.report..",
            "nl.tudelft.simulation..")
        .check(classes);
  }
}
