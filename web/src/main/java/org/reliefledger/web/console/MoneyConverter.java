package org.reliefledger.web.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.reliefledger.ledger.entity.InvalidAmountException;
import org.reliefledger.ledger.entity.Money;

/**
 * Amounts typed as the API writes them ("125.00"), whatever the language, so that a comma is never
 * mistaken for a decimal point. A bad amount is an error next to its field.
 */
@FacesConverter(value = "money", managed = true)
public class MoneyConverter implements Converter<Money> {

  @Override
  public Money getAsObject(FacesContext faces, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Money.parse(value.strip());
    } catch (InvalidAmountException invalid) {
      Object label = component.getAttributes().get("label");
      String sentence = Texts.text(faces, "money.invalid", label == null ? "" : label);
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence, sentence), invalid);
    }
  }

  @Override
  public String getAsString(FacesContext faces, UIComponent component, Money value) {
    return value == null ? "" : value.toDecimalString();
  }
}
