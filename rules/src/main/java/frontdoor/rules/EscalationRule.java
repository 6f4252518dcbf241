package frontdoor.rules;

/**
 * An escalation rule of the policy as a person reads it: its name (the rule id reasons name), its salience
 * (a higher one applies first) and the sentence a screening worker reads when it fires ({@code @reason}).
 */
public record EscalationRule(String name, int salience, String reason) {
}
