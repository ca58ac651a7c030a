package org.reliefledger.reports.anonymize;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps a set of released linear figures from determining any protected one, exactly.
 *
 * <p>Every figure is a sum of unknowns ("atoms": one month's amount for one row and column). An
 * attacker who holds every released figure knows exactly the linear combinations of atoms in their
 * span, and nothing else follows by linear algebra. So a protected sum stays secret as long as it
 * is outside that span. The guard keeps the released figures in reduced row-echelon form over the
 * integers (fraction-free, with {@link BigInteger}, so no rounding and no modulus can hide a
 * dependency) and, for each protected sum, its remainder after reduction; a protected sum is in the
 * span exactly when its remainder is zero.
 *
 * <p>Guarantees: {@link #tryRelease} admits a figure only if afterwards no protected remainder is
 * zero; adding a remainder to the span zeroes another remainder exactly when the two are parallel,
 * which is what it checks.
 */
final class SpanGuard {

  private final Map<Integer, TreeMap<Integer, BigInteger>> basisByPivot = new HashMap<>();
  private final List<TreeMap<Integer, BigInteger>> protectedRemainders = new ArrayList<>();

  /**
   * Adds a sum that must stay undetermined.
   *
   * @return false if the figures released so far already determine it
   */
  boolean protect(Collection<Integer> atoms) {
    TreeMap<Integer, BigInteger> remainder = reduce(vector(atoms));
    if (remainder.isEmpty()) {
      return false;
    }
    protectedRemainders.add(normalized(remainder));
    return true;
  }

  /**
   * Releases the figure if that keeps every protected sum undetermined.
   *
   * @return whether the figure may be shown
   */
  boolean tryRelease(Collection<Integer> atoms) {
    TreeMap<Integer, BigInteger> remainder = reduce(vector(atoms));
    if (remainder.isEmpty()) {
      return true; // already known: showing it tells nothing new
    }
    TreeMap<Integer, BigInteger> candidate = normalized(remainder);
    for (TreeMap<Integer, BigInteger> secret : protectedRemainders) {
      if (secret.equals(candidate)) {
        return false;
      }
    }
    addToSpan(candidate);
    return true;
  }

  /** Adds a figure released earlier, without checking (it was checked when it was released). */
  void released(Collection<Integer> atoms) {
    TreeMap<Integer, BigInteger> remainder = reduce(vector(atoms));
    if (!remainder.isEmpty()) {
      addToSpan(normalized(remainder));
    }
  }

  private void addToSpan(TreeMap<Integer, BigInteger> row) {
    int pivot = row.firstKey();
    for (TreeMap<Integer, BigInteger> other : basisByPivot.values()) {
      eliminate(other, row, pivot);
    }
    for (int i = 0; i < protectedRemainders.size(); i++) {
      TreeMap<Integer, BigInteger> secret = protectedRemainders.get(i);
      if (eliminate(secret, row, pivot)) {
        if (secret.isEmpty()) {
          throw new IllegalStateException("a protected sum became determined");
        }
        protectedRemainders.set(i, normalized(secret));
      }
    }
    basisByPivot.put(pivot, row);
  }

  private TreeMap<Integer, BigInteger> reduce(TreeMap<Integer, BigInteger> vector) {
    for (Integer atom : new ArrayList<>(vector.keySet())) {
      TreeMap<Integer, BigInteger> row = basisByPivot.get(atom);
      if (row != null && vector.containsKey(atom)) {
        eliminate(vector, row, atom);
      }
    }
    return vector;
  }

  /** target := target * row[pivot] - target[pivot] * row; true if target changed. */
  private static boolean eliminate(
      TreeMap<Integer, BigInteger> target, TreeMap<Integer, BigInteger> row, int pivot) {
    BigInteger factor = target.get(pivot);
    if (factor == null) {
      return false;
    }
    BigInteger scale = row.get(pivot);
    for (Map.Entry<Integer, BigInteger> entry : target.entrySet()) {
      entry.setValue(entry.getValue().multiply(scale));
    }
    for (Map.Entry<Integer, BigInteger> entry : row.entrySet()) {
      BigInteger value =
          target
              .getOrDefault(entry.getKey(), BigInteger.ZERO)
              .subtract(factor.multiply(entry.getValue()));
      if (value.signum() == 0) {
        target.remove(entry.getKey());
      } else {
        target.put(entry.getKey(), value);
      }
    }
    return true;
  }

  /** Divides by the greatest common divisor and makes the first entry positive. */
  private static TreeMap<Integer, BigInteger> normalized(TreeMap<Integer, BigInteger> vector) {
    BigInteger gcd = BigInteger.ZERO;
    for (BigInteger value : vector.values()) {
      gcd = gcd.gcd(value);
    }
    if (vector.firstEntry().getValue().signum() < 0) {
      gcd = gcd.negate();
    }
    TreeMap<Integer, BigInteger> result = new TreeMap<>();
    for (Map.Entry<Integer, BigInteger> entry : vector.entrySet()) {
      result.put(entry.getKey(), entry.getValue().divide(gcd));
    }
    return result;
  }

  private static TreeMap<Integer, BigInteger> vector(Collection<Integer> atoms) {
    TreeMap<Integer, BigInteger> vector = new TreeMap<>();
    for (Integer atom : atoms) {
      vector.merge(atom, BigInteger.ONE, BigInteger::add);
    }
    return vector;
  }
}
