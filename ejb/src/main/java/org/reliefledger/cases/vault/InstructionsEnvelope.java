package org.reliefledger.cases.vault;

import java.util.List;
import org.reliefledger.disbursement.entity.PaymentInstructions;
import org.reliefledger.disbursement.entity.PayoutMethod;

/**
 * A request's payment instructions as one padded envelope under the case's data key, bound to the
 * case and the request, so an envelope copied to another request does not open.
 */
public final class InstructionsEnvelope {

  private static final int FIELDS = 5;

  private InstructionsEnvelope() {}

  public static Sealed seal(
      PaymentInstructions instructions, DataKey key, long caseId, long requestId) {
    return key.seal(
        FieldList.encode(
            instructions.payeeName(),
            instructions.method().name(),
            instructions.account(),
            instructions.address(),
            instructions.memo()),
        FieldBinding.paymentInstructions(caseId, requestId));
  }

  /**
   * @throws SealBrokenException when the envelope was altered, belongs to another request or was
   *     sealed under another key
   */
  public static PaymentInstructions open(
      Sealed envelope, DataKey key, long caseId, long requestId) {
    List<String> fields =
        FieldList.decode(
            key.open(envelope, FieldBinding.paymentInstructions(caseId, requestId)),
            FIELDS,
            "payment instructions");
    return new PaymentInstructions(
        fields.get(0),
        PayoutMethod.valueOf(fields.get(1)),
        fields.get(2),
        fields.get(3),
        fields.get(4));
  }
}
