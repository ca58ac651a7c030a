package org.reliefledger.reports.anonymize;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An attacker who holds every released figure and solves the linear system they form, written
 * independently of the production guard: plain Gauss-Jordan elimination over the rationals (rows of
 * {@link BigInteger}s, fraction-free) on a dense matrix. A secret sum is recovered exactly when it
 * lies in the row space of the released equations.
 *
 * <p>Unknowns are named by any key (here "month|row|column"); a released single-unknown figure
 * makes that unknown known and it is taken out first, which keeps the matrix small.
 */
final class ExactSpanAttack<K> {

  private final Set<K> known = new HashSet<>();
  private final Map<K, Integer> unknownIndex = new LinkedHashMap<>();
  private final List<BigInteger[]> reduced = new ArrayList<>();
  private final Map<Integer, Integer> pivotRow = new HashMap<>();

  ExactSpanAttack(Collection<? extends Collection<K>> releasedEquations) {
    for (Collection<K> equation : releasedEquations) {
      if (new HashSet<>(equation).size() == 1) {
        known.addAll(equation);
      }
    }
    for (Collection<K> equation : releasedEquations) {
      for (K unknown : equation) {
        if (!known.contains(unknown)) {
          unknownIndex.putIfAbsent(unknown, unknownIndex.size());
        }
      }
    }
    for (Collection<K> equation : releasedEquations) {
      BigInteger[] row = dense(equation);
      if (row != null) {
        addRow(row);
      }
    }
  }

  /** Whether the released figures determine the sum of the given unknowns. */
  boolean recovers(Collection<K> secret) {
    for (K unknown : secret) {
      if (!known.contains(unknown) && !unknownIndex.containsKey(unknown)) {
        return false; // it appears in no released equation at all
      }
    }
    BigInteger[] row = dense(secret);
    if (row == null) {
      return true; // every part of it is released on its own
    }
    return isZero(reduce(row));
  }

  private BigInteger[] dense(Collection<K> equation) {
    BigInteger[] row = new BigInteger[unknownIndex.size()];
    java.util.Arrays.fill(row, BigInteger.ZERO);
    boolean any = false;
    for (K unknown : equation) {
      if (!known.contains(unknown)) {
        int i = unknownIndex.get(unknown);
        row[i] = row[i].add(BigInteger.ONE);
        any = true;
      }
    }
    return any ? row : null;
  }

  private void addRow(BigInteger[] row) {
    BigInteger[] r = reduce(row);
    int pivot = firstNonZero(r);
    if (pivot < 0) {
      return;
    }
    for (BigInteger[] other : reduced) {
      eliminate(other, r, pivot);
    }
    pivotRow.put(pivot, reduced.size());
    reduced.add(r);
  }

  private BigInteger[] reduce(BigInteger[] row) {
    BigInteger[] r = row.clone();
    for (Map.Entry<Integer, Integer> entry : pivotRow.entrySet()) {
      eliminate(r, reduced.get(entry.getValue()), entry.getKey());
    }
    return r;
  }

  private static void eliminate(BigInteger[] target, BigInteger[] by, int pivot) {
    BigInteger a = target[pivot];
    if (a.signum() == 0) {
      return;
    }
    BigInteger b = by[pivot];
    BigInteger gcd = BigInteger.ZERO;
    for (int j = 0; j < target.length; j++) {
      target[j] = target[j].multiply(b).subtract(by[j].multiply(a));
      gcd = gcd.gcd(target[j]);
    }
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      for (int j = 0; j < target.length; j++) {
        target[j] = target[j].divide(gcd);
      }
    }
  }

  private static int firstNonZero(BigInteger[] row) {
    for (int j = 0; j < row.length; j++) {
      if (row[j].signum() != 0) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isZero(BigInteger[] row) {
    return firstNonZero(row) < 0;
  }
}
