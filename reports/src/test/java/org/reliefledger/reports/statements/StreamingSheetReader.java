package org.reliefledger.reports.statements;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a large workbook row by row with a bare SAX parser over the sheet XML, so that a test can
 * check hundreds of thousands of rows without building them in memory. Values come back raw: the
 * stored number, or the text of an inline string (the streamed export writes no shared strings).
 */
final class StreamingSheetReader {

  /** One row: its index in its sheet and its raw cell values by column (null where empty). */
  record SheetRow(int sheet, int index, List<String> cells) {

    String cell(int column) {
      return column < cells.size() ? cells.get(column) : null;
    }
  }

  private StreamingSheetReader() {}

  static void read(Path xlsx, Consumer<SheetRow> rows) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
      XSSFReader.SheetIterator sheets =
          (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
      int sheet = 0;
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(new RowHandler(sheet++, rows));
          parser.parse(new InputSource(in));
        }
      }
    }
  }

  private static final class RowHandler extends DefaultHandler {
    private final int sheet;
    private final Consumer<SheetRow> rows;
    private final StringBuilder text = new StringBuilder();
    private List<String> cells;
    private int rowIndex;
    private int column;
    private boolean inValue;

    RowHandler(int sheet, Consumer<SheetRow> rows) {
      this.sheet = sheet;
      this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (localName) {
        case "row" -> {
          rowIndex = Integer.parseInt(attributes.getValue("r")) - 1;
          cells = new ArrayList<>();
        }
        case "c" -> column = new CellReference(attributes.getValue("r")).getCol();
        case "v", "t" -> {
          inValue = true;
          text.setLength(0);
        }
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "v", "t" -> {
          inValue = false;
          while (cells.size() < column) {
            cells.add(null);
          }
          cells.add(text.toString());
        }
        case "row" -> rows.accept(new SheetRow(sheet, rowIndex, cells));
        default -> {}
      }
    }
  }
}
