package org.trainingcrm.ical;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.trainingcrm.domain.schedule.CalendarEvent;
import org.trainingcrm.domain.schedule.CalendarWriter;
import org.trainingcrm.domain.schedule.TimetableCalendar;

/**
 * Writes timetables as RFC 5545 iCalendar with ical4j (K5).
 *
 * <p>Times are written in the group's own zone ({@code DTSTART;TZID=Europe/Kyiv:...}) with the
 * zone's VTIMEZONE in the calendar, rather than in UTC: a calendar application then keeps an
 * 18:00 lesson at 18:00 on both sides of a daylight-saving change, as the timetable does. A
 * zone the tz database of ical4j does not know (a bare UTC offset) is written in UTC.
 *
 * <p>It lives beside the store rather than in a module of its own: the module list is fixed by
 * the design, and the module that supplies the CRM's ports is the one that supplies this one.
 */
public final class ICalendarWriter implements CalendarWriter {

    /** The product that wrote the calendar, as RFC 5545 PRODID. */
    public static final String PRODUCT = "-//Training CRM//Timetable//EN";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    @Override
    public String write(TimetableCalendar calendar) {
        Calendar ical = new Calendar();
        ical.add(new ProdId(PRODUCT));
        ical.add(ImmutableVersion.VERSION_2_0);
        ical.add(ImmutableCalScale.GREGORIAN);
        ical.add(ImmutableMethod.PUBLISH);
        ical.add(new XProperty("X-WR-CALNAME", calendar.name()));
        Set<String> zonesWritten = new HashSet<>();
        for (CalendarEvent event : calendar.events()) {
            TimeZone zone = zoneOf(event);
            if (zone != null && zonesWritten.add(zone.getID())) {
                ical.add(zone.getVTimeZone());
            }
            ical.add(eventOf(event, zone != null, calendar));
        }
        StringWriter out = new StringWriter();
        try {
            // written unfolded, then folded by octets rather than by ical4j's characters
            new CalendarOutputter(true, Integer.MAX_VALUE).output(ical, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the timetable made an invalid iCalendar document", e);
        }
        return OctetFolding.fold(out.toString());
    }

    private VEvent eventOf(CalendarEvent event, boolean zoned, TimetableCalendar calendar) {
        ZonedDateTime start = ZonedDateTime.of(event.startsAt(), event.zone());
        ZonedDateTime end = ZonedDateTime.of(event.endsAt(), event.zone());
        Temporal from = zoned ? start : start.toInstant();
        Temporal to = zoned ? end : end.toInstant();
        VEvent vevent = new VEvent(from, to, event.summary());
        // the constructor stamps the event with the system clock; the CRM's clock decides
        vevent.replace(new DtStamp(calendar.stamp()));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
        }
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        return vevent;
    }

    /** The zone's VTIMEZONE source, or null to write the event in UTC. */
    private TimeZone zoneOf(CalendarEvent event) {
        if (event.zone() instanceof ZoneOffset) {
            return null;
        }
        try {
            return zones.getTimeZone(event.zone().getId());
        } catch (RuntimeException unknownToIcal4j) {
            // ical4j's zone cache throws (NullPointerException) for an id its tz data lacks;
            // such a zone is still exact in UTC, which every reader understands
            return null;
        }
    }
}
