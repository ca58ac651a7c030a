package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import org.reliefledger.cases.vault.boundary.InstructionsKeeping;
import org.reliefledger.cases.vault.boundary.InstructionsReading;
import org.reliefledger.cases.vault.boundary.Vault;
import org.reliefledger.disbursement.entity.PaymentInstructions;
import org.reliefledger.disbursement.entity.PaymentInstructions.InvalidInstructions;
import org.reliefledger.disbursement.entity.PayoutMethod;

/**
 * Whom the treasurer pays for a request, and how: intake assigned to the case writes the
 * instructions while the request is open or approved; only the treasurer reads them, only while it
 * is approved (audited as a {@code PII_READ} of the request, never cached). Paid or cancelled, they
 * are gone (410).
 */
@Path("disbursement-requests/{id}/payment-instructions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentInstructionsResource {

  /** The instructions as the API carries them; {@code method} is a {@link PayoutMethod} name. */
  public record InstructionsJson(
      String payeeName, String method, String account, String address, String memo) {

    static InstructionsJson of(PaymentInstructions instructions) {
      return new InstructionsJson(
          instructions.payeeName(),
          instructions.method().name(),
          instructions.account(),
          instructions.address(),
          instructions.memo());
    }

    /** Never prints a value: the payee may be the household. */
    @Override
    public String toString() {
      return "InstructionsJson[" + method + "]";
    }
  }

  @Inject Vault vault;

  @Context SecurityContext security;

  @PUT
  @RolesAllowed("INTAKE")
  public Response keep(
      @PathParam("id") long id,
      @NotNull(message = "a JSON body is required") InstructionsJson body) {
    PaymentInstructions instructions;
    try {
      instructions =
          new PaymentInstructions(
              body.payeeName(), method(body.method()), body.account(), body.address(), body.memo());
    } catch (InvalidInstructions invalid) {
      return Responses.unprocessable("validation_failed", invalid.getMessage(), invalid.field());
    }
    InstructionsKeeping kept =
        vault.keepPaymentInstructions(id, instructions, VaultCaller.of(security));
    if (kept instanceof InstructionsKeeping.Kept) {
      return Response.noContent().build();
    }
    if (kept instanceof InstructionsKeeping.Forbidden) {
      return Responses.error(
          403,
          "forbidden",
          "Only intake users assigned to this request's case give its payment instructions.",
          null);
    }
    if (kept instanceof InstructionsKeeping.Closed closed) {
      return Responses.conflict(
          "request_closed",
          "Payment instructions are given while a request is open or approved; this one is "
              + closed.status()
              + ".",
          null);
    }
    if (kept instanceof InstructionsKeeping.Gone) {
      return Responses.error(
          410, "gone", "This request's case was shredded: nothing more is kept for it.", null);
    }
    return notFound();
  }

  @GET
  @RolesAllowed("TREASURER")
  public Response read(@PathParam("id") long id) {
    InstructionsReading reading = vault.paymentInstructions(id, VaultCaller.of(security));
    if (reading instanceof InstructionsReading.Revealed revealed) {
      return VaultResponses.revealed(InstructionsJson.of(revealed.instructions()));
    }
    if (reading instanceof InstructionsReading.Forbidden) {
      return Responses.error(
          403, "forbidden", "Only the treasurer reads payment instructions.", null);
    }
    if (reading instanceof InstructionsReading.NotApproved notApproved) {
      return Responses.conflict(
          "not_approved",
          "Payment instructions are read while a request is approved; this one is "
              + notApproved.status()
              + ".",
          null);
    }
    if (reading instanceof InstructionsReading.Gone) {
      return Responses.error(
          410,
          "gone",
          "This request was paid or cancelled, or its case shredded: its payment instructions are"
              + " gone.",
          null);
    }
    if (reading instanceof InstructionsReading.NoneGiven) {
      return Responses.error(
          404, "no_instructions", "Intake gave no payment instructions for this request.", null);
    }
    return notFound();
  }

  /** An unknown or missing method is a null method, which the instructions refuse. */
  private static PayoutMethod method(String name) {
    if (name == null) {
      return null;
    }
    try {
      return PayoutMethod.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static Response notFound() {
    return Responses.error(
        404, "not_found", "There is no disbursement request with that id.", null);
  }
}
