package retention.batch.contact;

import java.util.ArrayList;
import java.util.List;

/**
 * What the caps and the cooldown of one customer look at: recall messages sent (and, when planning, those
 * already planned), and how many recalls in a row the customer ignored.
 */
public final class ContactHistory {

    private final List<Contact> contacts = new ArrayList<>();
    private int ignoredRecalls;

    public List<Contact> contacts() {
        return contacts;
    }

    /** Counts a message planned or sent meanwhile, so the customer's next message sees it. */
    public void add(Contact contact) {
        contacts.add(contact);
    }

    public int ignoredRecalls() {
        return ignoredRecalls;
    }

    public void ignoredRecalls(int count) {
        this.ignoredRecalls = count;
    }
}
