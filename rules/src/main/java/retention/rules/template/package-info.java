/**
 * Message templates: plain files beside the rule book ({@code templates/<template>.<language>.txt}), checked for
 * missing languages and unknown variables with file:line:column, and rendered with the customer's name, title,
 * offer and tags. Free of Spring, like the rest of this module, so {@code ./retention rules validate} can use it.
 */
package retention.rules.template;
