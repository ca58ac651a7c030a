package org.reliefledger.reports.transparency;

import java.util.ArrayList;
import java.util.List;
import org.reliefledger.reports.xlsx.SheetWriter;

/** The "Method" sheet: the rules of the transparency report in plain words. */
final class MethodSheet {

  private static final int WIDTH = 100;

  private MethodSheet() {}

  static void write(int minimumGroup, SheetWriter sheet) {
    write(paragraphs(minimumGroup), sheet);
  }

  /** The method of a published period: rows fixed for the year, protection across releases. */
  static void writeReleased(int minimumGroup, SheetWriter sheet) {
    List<String> paragraphs = new ArrayList<>(paragraphs(minimumGroup));
    String k = Integer.toString(minimumGroup);
    paragraphs.set(
        3,
        "Small areas are not named. The areas are fixed for the whole year when its first month"
            + " is published: an area where fewer than "
            + k
            + " households were helped in the twelve months before is counted under \""
            + TransparencyReport.OTHER_AREAS
            + "\" all year, so no download can move an area in or out.");
    paragraphs.set(
        5,
        "Hidden values cannot be worked out, from this report or any other. Each month is"
            + " published once and never changed; quarters and the year are sums of published"
            + " months. Before a figure is shown we check, exactly, that no sum or difference of"
            + " every figure published for the year (months, quarters, the year, their totals, and"
            + " the donor report's figures, which come from the same cells) gives away a group of"
            + " fewer than "
            + k
            + " households or payments; if it would, it is hidden too. A hidden cell may therefore"
            + " be large; the marker does not mean the group is small.");
    paragraphs.set(
        6,
        "Corrections. A refund or reversal is counted, as a negative amount, in the month it was"
            + " made; a published month is never rewritten. A month total made of fewer than "
            + k
            + " payments is hidden.");
    write(paragraphs, sheet);
  }

  private static void write(List<String> paragraphs, SheetWriter sheet) {
    sheet.title("How this report protects the people we help", "Method");
    for (String paragraph : paragraphs) {
      sheet.paragraph(paragraph, WIDTH, 1);
      sheet.blank();
    }
    sheet.columnWidths(WIDTH);
  }

  private static List<String> paragraphs(int minimumGroup) {
    String k = Integer.toString(minimumGroup);
    return List.of(
        "What is counted. Every disbursement paid in the period is counted once, in the month it"
            + " was paid, under the area of the household and the category of the need (rent,"
            + " utilities, food, medical, legal, transport, other). Amounts are exact to the cent.",
        "Households, not payments. A household counts once in a cell however many payments it"
            + " received there. A household helped with rent and with food is counted in both"
            + " cells but only once in the row total, so household totals can be smaller than the"
            + " sum of the cells beside them. Amounts always add up.",
        "What is never shown. No names, case codes, payees, addresses, exact dates or notes."
            + " Dates are shown by month only. Areas are coarse neighbourhoods. Households are"
            + " told apart by a random label made for this report alone, and the label is not"
            + " printed.",
        "Small areas are not named. An area where fewer than "
            + k
            + " households were helped during the whole period is counted under \""
            + TransparencyReport.OTHER_AREAS
            + "\", so that a row does not tell that someone in a small area was helped.",
        "Small groups are hidden. Any cell or total describing at least one but fewer than "
            + k
            + " households is hidden and shows "
            + TransparencyReport.SUPPRESSED
            + " instead of numbers, for both the number of households and the amount.",
        "Hidden values cannot be worked out. If only one value in a row were hidden, anyone"
            + " could subtract the visible values from the row total to find it. So we hide a few"
            + " more cells (chosen to be as small and as few as possible) until every hidden value"
            + " sits in a loop of hidden cells across rows and columns. Then the totals only tell"
            + " the sum of the hidden cells, never one of them. A hidden cell may therefore be"
            + " large; the marker does not mean the group is small.",
        "Totals still match the books. The grand total amount is always shown and equals the"
            + " total paid out in the ledger for the period, to the cent. The total number of"
            + " households is hidden if it is below "
            + k
            + ". When only one area or one month had any payments, its total is the grand total"
            + " itself.",
        "Empty cells show zero. A zero says that no payment of that kind was made there, which"
            + " says nothing about any household.");
  }
}
