package org.reliefledger.cases.boundary;

import java.time.Instant;
import org.reliefledger.cases.entity.Area;

/** An area of the list: its code, its display name and when it was retired ({@code null}: open). */
public record AreaView(String code, String name, Instant retiredAt) {

  public boolean retired() {
    return retiredAt != null;
  }

  static AreaView of(Area area) {
    return new AreaView(area.code(), area.name(), area.retiredAt());
  }
}
