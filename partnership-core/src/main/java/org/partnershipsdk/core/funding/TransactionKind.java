package org.partnershipsdk.core.funding;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * What a transaction is (type de mouvement), each kind the code of IATI's TransactionType list
 * (version 2.03) it stands for, one to one.
 */
public enum TransactionKind implements Coded {
  /** Funds received for the action (fonds entrants); IATI 1. */
  INCOMING_FUNDS("incoming-funds", "Incoming funds", "Fonds reçus", "1"),
  /** A firm, written commitment to provide funds (engagement); IATI 2. */
  COMMITMENT("commitment", "Commitment", "Engagement", "2"),
  /** Funds paid to the recipient (décaissement, versement); IATI 3. */
  DISBURSEMENT("disbursement", "Disbursement", "Décaissement", "3"),
  /** Funds spent on goods and services for the action (dépense); IATI 4. */
  EXPENDITURE("expenditure", "Expenditure", "Dépense", "4"),
  /** A payment covering expenses the recipient already made (remboursement); IATI 7. */
  REIMBURSEMENT("reimbursement", "Reimbursement", "Remboursement", "7");

  private final String code;
  private final Label label;
  private final String iatiCode;

  TransactionKind(String code, String en, String fr, String iatiCode) {
    this.code = code;
    this.label = new Label(en, fr);
    this.iatiCode = iatiCode;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("transaction-kind." + code(), label, locale);
  }

  /** @return the code of IATI's TransactionType list it stands for, such as {@code 3} for a disbursement */
  public String iatiCode() {
    return iatiCode;
  }
}
