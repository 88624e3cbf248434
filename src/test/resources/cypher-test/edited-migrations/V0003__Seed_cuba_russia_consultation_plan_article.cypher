// A curator edited the seed after it was applied.
CREATE (:Source {id: "edited"});
