-- Timetable
-- Answers: when and where does every lesson take place, for which course and group, and who
-- teaches it? One row per lesson of the branches the actor may see (:all_branches is 1 for a
-- head office, else :branch is the actor's branch), in each branch's local time, ordered by
-- branch and start.
SELECT branch, starts_at, ends_at, room, course, study_group, teacher
FROM report_lesson
WHERE (:all_branches = 1 OR branch_id = :branch)
ORDER BY branch, starts_at, room
