package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.reliefledger.cases.boundary.CaseOpening;
import org.reliefledger.cases.boundary.CaseView;
import org.reliefledger.cases.boundary.Cases;
import org.reliefledger.cases.vault.PiiRecord;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.RequestView;

/** The intake volunteer's cases and requests, and the form that opens a case. */
@Named
@RequestScoped
public class IntakeDesk {

  static final int SHOWN = 200;

  @Inject Cases cases;

  @Inject Disbursements disbursements;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  private Integer householdSize;
  private String area;
  private String[] languages = new String[0];
  private String name;
  private String phone;
  private String address;
  private String notes;

  public List<CaseView> getMyCases() {
    return cases.openedBy(me(), SHOWN);
  }

  public List<RequestView> getMyRequests() {
    return disbursements.requestedBy(me(), SHOWN);
  }

  public String open() {
    CaseOpening outcome =
        cases.open(
            householdSize,
            area,
            List.of(languages),
            new PiiRecord(name, phone, address, notes),
            me());
    if (outcome instanceof CaseOpening.Opened opened) {
      Texts.done(faces, "intake.opened", opened.opened().code());
      return "/intake/case.xhtml?faces-redirect=true&code=" + opened.opened().code();
    }
    var invalid = (CaseOpening.Invalid) outcome;
    Texts.error(faces, "open:" + invalid.field(), "intake.invalid." + invalid.field());
    return null;
  }

  private String me() {
    return security.getCallerPrincipal().getName();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Integer getHouseholdSize() {
    return householdSize;
  }

  public void setHouseholdSize(Integer householdSize) {
    this.householdSize = householdSize;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String[] getLanguages() {
    return languages.clone();
  }

  public void setLanguages(String[] languages) {
    this.languages = languages == null ? new String[0] : languages.clone();
  }
}
