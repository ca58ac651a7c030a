package org.reliefledger.bench;

import java.util.ArrayList;
import java.util.List;

/** Prints each figure as it is measured and, at the end, all of them as a Markdown table. */
public final class Table {

  private final List<String> rows = new ArrayList<>();

  public void figure(String what, String format, double value) {
    line(what, String.format(format, value), "");
  }

  public void ratio(String what, double value, double target) {
    String verdict = Double.isNaN(target) ? "" : (value >= target ? "≥ " : "MISSED ≥ ") + target;
    line(what, String.format("%.2f", value), verdict);
  }

  void counts(String what, Load.Result result) {
    line(
        what,
        String.format(
            "%d posted, %d refused (insufficient funds), %d deadlocks, %d failed%s",
            result.posted(),
            result.refused(),
            result.deadlocks(),
            result.failed(),
            result.failureTypes().isEmpty() ? "" : " " + result.failureTypes()),
        "");
  }

  public void line(String what, String value, String target) {
    System.out.printf("%-62s %s %s%n", what, value, target);
    System.out.flush();
    rows.add("| " + what.strip() + " | " + value + " | " + target + " |");
  }

  public void print() {
    System.out.println();
    System.out.println("| figure | value | target |");
    System.out.println("|---|---|---|");
    rows.forEach(System.out::println);
  }
}
