package org.reliefledger.reports.anonymize;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent audit of a suppression pattern by linear algebra, not by the graph reasoning the
 * planner uses: a table with margins publishes, for every row and every column, the equation "cells
 * add up to the total". A hidden value is recoverable exactly when its unit vector lies in the span
 * of those equations restricted to the hidden unknowns, i.e. when removing its column from the
 * constraint matrix lowers the rank. The matrix has entries 0 and ±1 and is totally unimodular, so
 * its rank over the integers modulo a prime equals its rank over the rationals.
 */
public final class LinearDisclosureChecker {

  private static final long PRIME = 1_000_000_007L;

  private LinearDisclosureChecker() {}

  /**
   * The hidden cells whose value follows from the visible cells and the margins.
   *
   * @param hidden {@code [rows + 1][columns + 1]}: inner cells, then the total row and column
   * @return {row, column} pairs
   */
  public static List<int[]> recoverableCells(boolean[][] hidden) {
    int rows = hidden.length;
    int columns = hidden[0].length;
    List<int[]> unknowns = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (hidden[r][c]) {
          unknowns.add(new int[] {r, c});
        }
      }
    }
    long[][] equations = new long[rows + columns][unknowns.size()];
    for (int u = 0; u < unknowns.size(); u++) {
      int r = unknowns.get(u)[0];
      int c = unknowns.get(u)[1];
      equations[r][u] = c == columns - 1 ? -1 : 1;
      equations[rows + c][u] = r == rows - 1 ? -1 : 1;
    }
    int fullRank = rank(equations, -1);
    List<int[]> recoverable = new ArrayList<>();
    for (int u = 0; u < unknowns.size(); u++) {
      if (rank(equations, u) < fullRank) {
        recoverable.add(unknowns.get(u));
      }
    }
    return recoverable;
  }

  /**
   * The hidden cells that are recoverable although they need not be: a cell may be recoverable only
   * if it would be even with every cell but the always-published grand total hidden (a single row's
   * or column's total is the grand total itself).
   */
  public static List<int[]> avoidableLeaks(boolean[][] hidden) {
    int rows = hidden.length;
    int columns = hidden[0].length;
    boolean[][] everything = new boolean[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        everything[r][c] = hidden[r][c] || r < rows - 1 || c < columns - 1;
      }
    }
    List<int[]> unavoidable = recoverableCells(everything);
    List<int[]> avoidable = new ArrayList<>();
    for (int[] cell : recoverableCells(hidden)) {
      if (unavoidable.stream().noneMatch(u -> u[0] == cell[0] && u[1] == cell[1])) {
        avoidable.add(cell);
      }
    }
    return avoidable;
  }

  private static int rank(long[][] source, int skippedColumn) {
    int height = source.length;
    int width = source.length == 0 ? 0 : source[0].length;
    long[][] m = new long[height][];
    for (int i = 0; i < height; i++) {
      m[i] = source[i].clone();
      if (skippedColumn >= 0) {
        m[i][skippedColumn] = 0;
      }
      for (int j = 0; j < width; j++) {
        m[i][j] = Math.floorMod(m[i][j], PRIME);
      }
    }
    int rank = 0;
    for (int column = 0; column < width && rank < height; column++) {
      int pivot = -1;
      for (int i = rank; i < height; i++) {
        if (m[i][column] != 0) {
          pivot = i;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      long[] swap = m[pivot];
      m[pivot] = m[rank];
      m[rank] = swap;
      long inverse = modInverse(m[rank][column]);
      for (int i = 0; i < height; i++) {
        if (i != rank && m[i][column] != 0) {
          long factor = m[i][column] * inverse % PRIME;
          for (int j = column; j < width; j++) {
            m[i][j] = Math.floorMod(m[i][j] - factor * m[rank][j], PRIME);
          }
        }
      }
      rank++;
    }
    return rank;
  }

  private static long modInverse(long value) {
    long result = 1;
    long base = value;
    for (long e = PRIME - 2; e > 0; e >>= 1) {
      if ((e & 1) == 1) {
        result = result * base % PRIME;
      }
      base = base * base % PRIME;
    }
    return result;
  }
}
