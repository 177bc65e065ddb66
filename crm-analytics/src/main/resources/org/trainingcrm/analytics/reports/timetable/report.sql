-- Timetable
-- Answers: when and where does every lesson take place, for which course and group, and who
-- teaches it? One row per lesson, in each branch's local time, ordered by branch and start.
SELECT branch, starts_at, ends_at, room, course, study_group, teacher
FROM report_lesson
ORDER BY branch, starts_at, room
