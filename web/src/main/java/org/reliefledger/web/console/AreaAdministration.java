package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.reliefledger.cases.boundary.AreaAddition;
import org.reliefledger.cases.boundary.AreaView;
import org.reliefledger.cases.boundary.Areas;

/** The administrator's list of areas, the form that adds one, and retiring one. */
@Named
@RequestScoped
public class AreaAdministration {

  private static final String SELF = "/admin/areas.xhtml?faces-redirect=true";

  @Inject Areas areas;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  private List<AreaView> listed;
  private String code;
  private String name;

  public List<AreaView> getAreas() {
    if (listed == null) {
      listed = areas.all();
    }
    return listed;
  }

  public String add() {
    AreaAddition outcome = areas.add(code, name, security.getCallerPrincipal().getName());
    if (outcome instanceof AreaAddition.Added added) {
      Texts.done(faces, "areas.added", added.area().name(), added.area().code());
      return SELF;
    }
    if (outcome instanceof AreaAddition.Taken taken) {
      Texts.error(faces, "add:" + taken.field(), "areas.taken." + taken.field());
    } else {
      var invalid = (AreaAddition.Invalid) outcome;
      Texts.error(faces, "add:" + invalid.field(), "areas.invalid." + invalid.field());
    }
    return null;
  }

  /** Retires the area with {@code areaCode}; old cases keep it, new cases cannot choose it. */
  public String retire(String areaCode) {
    var retired = areas.retire(areaCode);
    if (retired.isEmpty()) {
      Texts.error(faces, null, "areas.noSuchArea");
      return null;
    }
    Texts.done(faces, "areas.retired", retired.get().name());
    return SELF;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
