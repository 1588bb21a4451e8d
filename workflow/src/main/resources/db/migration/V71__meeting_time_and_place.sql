-- A confirmed meeting has a time and a place as well as a date (issue 15): the owner's steps show
-- them, and the meeting page says where and when. Both optional: the embassy may confirm the day first.
alter table meeting add column confirmed_time time;
alter table meeting add column place varchar(300);
