package retention.app.api.rulebook;

/**
 * Shows what a rule book would decide for chosen customers without writing anything: the engine of issue 4. The API
 * answers 501 while no bean implements it.
 */
public interface RulePreview {

    /**
     * Previews the live rule book for some customers as of a run date.
     *
     * @param request the customers and the run date whose facts to use
     * @return what the rules would propose, in the engine's own shape
     */
    Object preview(PreviewRequest request);
}
