import Foundation
import XCTest
@testable import MarsadModel

/// Day arithmetic without Foundation agrees with Foundation's calendar.
final class CalendarDayNumberTests: XCTestCase {
    func testDayNumbersAgreeWithFoundationFrom1600To2200() {
        let epoch = CalendarDate(year: 1970, month: 1, day: 1)!
        var day = CalendarDate(year: 1600, month: 1, day: 1)!
        let foundation = CalendarDate.gregorian
        var checked = 0
        while day.year < 2200 {
            let expected = foundation.dateComponents([.day], from: epoch.date, to: day.date).day!
            XCTAssertEqual(day.dayNumber, expected, "\(day)")
            XCTAssertEqual(CalendarDate(dayNumber: expected), day)
            // A leap day, month ends and year ends are all crossed by 13-day steps.
            let next = CalendarDate(foundation.date(byAdding: .day, value: 13, to: day.date)!)
            XCTAssertEqual(day.adding(days: 13), next, "\(day) + 13")
            XCTAssertEqual(next.adding(days: -13), day)
            XCTAssertEqual(day.days(to: next), 13)
            day = next
            checked += 1
        }
        XCTAssertGreaterThan(checked, 16_000)
    }
}
