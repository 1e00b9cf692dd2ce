"""Attribution: who is named, who said what, and which figures came from whom."""
